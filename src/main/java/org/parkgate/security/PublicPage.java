package org.parkgate.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view that the public port ({@code parkgate.public-port}) serves: a page for owners' and
 * visitors' phones, reached from the internet through the reverse proxy. On that port every other
 * path answers 404 and a Vaadin navigation to any other view shows "no such page". This annotation
 * is the one list of public pages; such a view must also be {@code @AnonymousAllowed} (checked by
 * {@code ArchitectureTest}) and must show nothing beyond what its link or form entitles to.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {
}
