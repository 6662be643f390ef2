package org.parkgate.security.ui;

/** A navigation on the public port to a view that is not a {@link org.parkgate.security.PublicPage}. */
final class NotOnPublicPort extends RuntimeException {

    NotOnPublicPort() {
        super("not a public page", null, false, false);
    }
}
