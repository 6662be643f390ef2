package org.parkgate.arrears;

import org.jspecify.annotations.Nullable;
import org.parkgate.access.ArrearsStage;

/**
 * A page of the arrears list: {@code text} matches name, phone, unit or plate; {@code stage} null
 * for every stage; sorted by amount or by days overdue.
 */
public record ArrearsQuery(String text, @Nullable ArrearsStage stage, Sort sort, boolean ascending, int offset,
        int limit) {

    public enum Sort { AMOUNT, DAYS }

    public ArrearsQuery {
        text = text == null ? "" : text.strip();
        if (offset < 0 || limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 100000");
        }
    }
}
