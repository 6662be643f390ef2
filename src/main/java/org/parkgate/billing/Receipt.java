package org.parkgate.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment as printed for the payer: who paid what, how, and which periods it paid for; or, for a
 * stay's fee taken at the booth, the {@code stay} (no owner then: {@code ownerName} null).
 */
public record Receipt(long paymentId, String receiptNo, @Nullable String ownerName, @Nullable String unit, long amount,
        PaymentMethod method, @Nullable String reference, Instant receivedAt, String receivedBy, PaymentStatus status,
        List<Line> lines, @Nullable ParkingStay stay) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    /**
     * What one invoice got from this payment: the pass plan, its lot and plates, the period;
     * {@code amount} is what this payment paid, the invoice's {@code lateFee} at the time included.
     */
    public record Line(String planName, String lot, List<String> plates, LocalDate periodStart, LocalDate periodEnd,
            long amount, long lateFee) {

        public Line {
            plates = List.copyOf(plates);
        }
    }

    /** The lots of the periods (or the stay) paid for, in the order of the lines, each once. */
    public List<String> lots() {
        return stay == null ? lines.stream().map(Line::lot).distinct().toList() : List.of(stay.lotId());
    }

    /** The plates of the periods (or the stay) paid for, each once, sorted. */
    public List<String> plates() {
        return stay == null ? lines.stream().flatMap(line -> line.plates().stream()).distinct().sorted().toList()
                : List.of(stay.plate());
    }
}
