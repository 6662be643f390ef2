package org.parkgate.registry;

/**
 * A page of the owners list: {@code text} matches name, phone, unit or plate (empty = all);
 * sorted by {@code sort}, ascending or not.
 */
public record OwnerQuery(String text, OwnerSort sort, boolean ascending, int offset, int limit) {

    public enum OwnerSort { NAME, UNIT, PHONE }

    public OwnerQuery {
        text = text == null ? "" : text.strip();
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 1000");
        }
    }
}
