package org.parkgate.integration.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, oldest first: the items, and the cursor of the next page ({@code null}
 * when this page is the last one for now; a client keeps the last cursor and asks again later for
 * what came since).
 */
record Page<T>(List<T> items, @Nullable String next) {

    /** The page of {@code found} (as many as asked for, or fewer at the end), its items as the API shows them. */
    static <R, T> Page<T> of(List<R> found, PageRequest asked, Function<R, T> shown, Function<R, String> cursorAfter) {
        return new Page<>(found.stream().map(shown).toList(),
                found.size() < asked.limit() ? null : cursorAfter.apply(found.getLast()));
    }
}
