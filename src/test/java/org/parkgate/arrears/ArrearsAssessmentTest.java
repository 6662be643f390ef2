package org.parkgate.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkgate.access.ArrearsStage;
import org.parkgate.billing.LateFeeBasis;
import org.parkgate.billing.LotTerms;
import org.parkgate.billing.OpenInvoice;

/** An owner's stage as the days pass, by the lot's terms: grace, restriction, suspension, aging. */
class ArrearsAssessmentTest {

    // grace 3 days, restrict after 30, suspend at 3 overdue periods; 0.05 %/day from day 1, cap 10 %
    static final LotTerms P1 = new LotTerms("P1", 10, 3, 30, 3, LateFeeBasis.PER_DAY, 5, 1, 1000, true);
    static final Map<String, LotTerms> TERMS = Map.of("P1", P1);
    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    static OpenInvoice monthly(long id, LocalDate due, long amount, long paid) {
        return new OpenInvoice(id, 1, "P1", due, due.plusMonths(1).minusDays(1), due, amount, paid, null);
    }

    static Standing on(LocalDate day, OpenInvoice... invoices) {
        return ArrearsAssessment.assess(List.of(invoices), TERMS, day);
    }

    @Test
    void anInvoiceNotYetPastDueIsNoArrears() {
        assertThat(on(NOV_1, monthly(1, NOV_1, 6000, 0))).isEqualTo(Standing.CLEAR);
        assertThat(on(NOV_1.minusDays(5), monthly(1, NOV_1, 6000, 0)).clear()).isTrue();
    }

    @Test
    void theStageMovesWithTheDays() {
        OpenInvoice november = monthly(1, NOV_1, 60000, 0);
        Standing inGrace = on(NOV_1.plusDays(3), november);
        assertThat(inGrace.stage()).as("within the 3 grace days").isEqualTo(ArrearsStage.ACTIVE);
        assertThat(inGrace.amountDue()).as("but the amount is due, with 3 days of late fee").isEqualTo(60000 + 90);
        assertThat(inGrace.daysOverdue()).isEqualTo(3);

        Standing overdue = on(NOV_1.plusDays(4), november);
        assertThat(overdue.stage()).isEqualTo(ArrearsStage.OVERDUE);
        assertThat(overdue.unpaidPeriods()).isEqualTo(1);

        assertThat(on(NOV_1.plusDays(30), november).stage()).isEqualTo(ArrearsStage.OVERDUE);
        Standing restricted = on(NOV_1.plusDays(31), november);
        assertThat(restricted.stage()).isEqualTo(ArrearsStage.RESTRICTED);
        assertThat(restricted.lateFees()).isEqualTo(31 * 30);
        assertThat(restricted.amountDue()).isEqualTo(60000 + 31 * 30);
    }

    @Test
    void threeOverduePeriodsSuspend() {
        OpenInvoice sep = monthly(1, NOV_1.minusMonths(2), 6000, 0);
        OpenInvoice oct = monthly(2, NOV_1.minusMonths(1), 6000, 0);
        OpenInvoice nov = monthly(3, NOV_1, 6000, 0);
        assertThat(on(NOV_1.plusDays(3), sep, oct, nov).stage()).as("November still in grace")
                .isEqualTo(ArrearsStage.RESTRICTED);
        Standing suspended = on(NOV_1.plusDays(4), sep, oct, nov);
        assertThat(suspended.stage()).isEqualTo(ArrearsStage.SUSPENDED);
        assertThat(suspended.unpaidPeriods()).isEqualTo(3);
        assertThat(suspended.daysOverdue()).isEqualTo(65); // since 1 September
    }

    @Test
    void agingBucketsByTheDueDate() {
        LotTerms noFees = new LotTerms("P1", 10, 3, 30, 12, LateFeeBasis.NONE, 0, 1, 0, true);
        LocalDate today = LocalDate.of(2026, 12, 31);
        List<OpenInvoice> open = List.of(
                monthly(1, today.minusDays(120), 1000, 0),
                monthly(2, today.minusDays(90), 2000, 0),
                monthly(3, today.minusDays(61), 3000, 0),
                monthly(4, today.minusDays(45), 4000, 500),
                monthly(5, today.minusDays(30), 5000, 0),
                monthly(6, today.minusDays(1), 6000, 0),
                monthly(7, today, 7000, 0));
        Standing standing = ArrearsAssessment.assess(open, Map.of("P1", noFees), today);
        assertThat(standing.aged90Plus()).isEqualTo(1000);
        assertThat(standing.aged61To90()).isEqualTo(2000 + 3000);
        assertThat(standing.aged31To60()).isEqualTo(3500);
        assertThat(standing.aged0To30()).isEqualTo(5000 + 6000);
        assertThat(standing.amountDue()).as("the invoice due today is not yet in arrears").isEqualTo(20500);
        assertThat(standing.daysOverdue()).isEqualTo(120);
    }

    @Test
    void aPartPaymentLeavesTheRestOwedAndTheStage() {
        OpenInvoice half = monthly(1, NOV_1, 6000, 3000);
        Standing standing = on(NOV_1.plusDays(10), half);
        assertThat(standing.amountDue()).isEqualTo(6000 + 30 - 3000);
        assertThat(standing.stage()).isEqualTo(ArrearsStage.OVERDUE);
    }
}
