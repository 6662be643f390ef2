package org.parkgate.security.ui;

import jakarta.servlet.ServletRequest;

/**
 * The port of the second connector, which serves only the public part ({@code parkgate.public-port});
 * 0 when there is none. A request came in through it when it arrived at that local port: the
 * connector's own, which no forwarded header changes.
 */
record PublicPort(int number) {

    PublicPort {
        if (number < 0 || number > 65_535) {
            throw new IllegalArgumentException("parkgate.public-port must be 0 (none) or a port number, not " + number);
        }
    }

    boolean on() {
        return number > 0;
    }

    boolean served(ServletRequest request) {
        return on() && request.getLocalPort() == number;
    }
}
