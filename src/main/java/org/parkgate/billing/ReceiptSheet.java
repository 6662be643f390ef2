package org.parkgate.billing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A receipt as it is printed, in the reader's language: the same text on the receipt page and in
 * its PDF. From the top: the company that issues it (may be empty), the title, a stamp when the
 * payment was taken back (voided, refunded), who paid for what ({@code parties}), the periods paid
 * for ({@code items}), then the amount in figures and in Chinese capitals, the method and the
 * cashier ({@code totals}).
 */
public record ReceiptSheet(String receiptNo, String company, String title, @Nullable String stamp,
        List<Field> parties, String itemsTitle, List<Item> items, List<Field> totals) {

    public ReceiptSheet {
        parties = List.copyOf(parties);
        items = List.copyOf(items);
        totals = List.copyOf(totals);
    }

    /** A value with its label (separator included); {@code name} tells the fields apart (element ids). */
    public record Field(String name, String label, String value) {
    }

    /** One period paid for: the pass plan, the period, its plates, the amount and the late fee in it, if any. */
    public record Item(String what, String period, String plates, String amount, @Nullable String lateFee) {
    }
}
