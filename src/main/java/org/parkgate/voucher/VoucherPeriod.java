package org.parkgate.voucher;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a voucher export covers: a day (every ledger entry of it, from midnight to midnight in the
 * site's zone) or a cashier's handed-over shift (that cashier's entries after the shift's start up
 * to and including its end, as the handover counted them). {@code key} names it in the export record.
 */
public record VoucherPeriod(String key, LocalDate date, Instant after, Instant until, boolean untilIncluded,
        @Nullable String cashier) {
}
