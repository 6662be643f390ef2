package org.parkgate.billing;

import org.jspecify.annotations.Nullable;

/**
 * The pass holders list's filters: {@code text} matches the owner's name, phone, unit or plate;
 * {@code endsWithinDays} keeps passes whose latest period ends from today to that many days
 * ahead (null: any end); {@code notRenewing} only those the invoice run will not renew;
 * {@code unpaid} only those with a period whose invoice is not paid.
 */
public record PassHolderQuery(String text, @Nullable Integer endsWithinDays, boolean notRenewing, boolean unpaid) {

    /** The longest look ahead: a yearly pass's end. */
    public static final int MAX_DAYS = 366;

    public PassHolderQuery {
        text = text == null ? "" : text.strip();
        if (endsWithinDays != null && (endsWithinDays < 0 || endsWithinDays > MAX_DAYS)) {
            throw new BillingException("error.holders.days-invalid", MAX_DAYS);
        }
    }

    public static PassHolderQuery all() {
        return new PassHolderQuery("", null, false, false);
    }
}
