package org.parkgate.billing;

/**
 * A page of the invoice list, newest period first: {@code text} matches the owner's name, phone,
 * unit or plate; {@code status} open, settled or both.
 */
public record InvoiceQuery(String text, Status status, int offset, int limit) {

    public enum Status { OPEN, SETTLED, ALL }

    public InvoiceQuery {
        text = text == null ? "" : text.strip();
        status = status == null ? Status.ALL : status;
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 1000");
        }
    }
}
