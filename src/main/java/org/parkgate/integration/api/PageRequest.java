package org.parkgate.integration.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a list call asks for: the time window [{@code from}, {@code until}) (ISO-8601 instants;
 * from the beginning, until now by default), where the previous page ended (the opaque
 * {@code cursor}: the time and id of its last item) and how many items (1-500, 100 by default).
 * Every problem with them is named in one 400 problem+json.
 */
record PageRequest(Instant from, Instant until, Instant afterAt, long afterId, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MOST = 500;

    static PageRequest of(@Nullable String from, @Nullable String until, @Nullable String cursor, @Nullable Integer limit,
            Clock clock) {
        List<String> problems = new ArrayList<>();
        Instant start = instant(from, Instant.EPOCH, "from", problems);
        Instant end = instant(until, clock.instant(), "until", problems);
        if (problems.isEmpty() && !start.isBefore(end)) {
            problems.add("from must be before until");
        }
        Instant afterAt = Instant.EPOCH;
        long afterId = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII)
                        .split(":");
                afterAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
                afterId = Long.parseLong(parts[1]);
            } catch (RuntimeException unreadable) {
                problems.add("cursor: not one this API gave");
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MOST) {
            problems.add("limit: from 1 to " + MOST);
        }
        FieldErrors.refuseAny(problems);
        return new PageRequest(start, end, afterAt, afterId, size);
    }

    /** The cursor after an item at {@code at} with {@code id}. */
    static String cursorAfter(Instant at, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toEpochMilli() + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    private static Instant instant(@Nullable String text, Instant otherwise, String name, List<String> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(name + ": an ISO-8601 instant such as 2026-06-10T02:00:00Z");
            return otherwise;
        }
    }
}
