package org.parkgate.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** ParkGate's address as owners' phones reach it ({@code parkgate.public-url}): links start with it. */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${parkgate.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    public String of(String path) {
        return base + path;
    }
}
