package org.parkgate.integration.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, oldest first: the items, and the cursor of the next page ({@code null}
 * when this page is the last one for now; a client keeps the last cursor and asks again later for
 * what came since).
 */
record Page<T>(List<T> items, @Nullable String next) {
}
