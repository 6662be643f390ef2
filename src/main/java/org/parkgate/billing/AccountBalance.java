package org.parkgate.billing;

import java.util.List;

/** What an owner owes today: each open invoice with its late fee, and the total. */
public record AccountBalance(long ownerId, List<Item> items, long total) {

    /** {@code owed} = amount + lateFee - paid. */
    public record Item(OpenInvoice invoice, long lateFee, long owed) {
    }
}
