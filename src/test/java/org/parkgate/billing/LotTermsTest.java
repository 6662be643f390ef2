package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Late fees exactly as a contract states them: rate, basis, first day, cap, rounding. */
class LotTermsTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 1);

    static LotTerms terms(LateFeeBasis basis, int rateBp, int fromDay, int capBp) {
        return new LotTerms("P1", 10, 3, 30, 3, basis, rateBp, fromDay, capBp, true);
    }

    @Test
    void perDayFromTheFirstDayAfterTheDueDate() {
        LotTerms fiveBpPerDay = terms(LateFeeBasis.PER_DAY, 5, 1, 0);
        assertThat(fiveBpPerDay.lateFee(60000, DUE, DUE)).as("on the due day").isZero();
        // 600.00 x 0.05 % = 0.30 a day
        assertThat(fiveBpPerDay.lateFee(60000, DUE, DUE.plusDays(1))).isEqualTo(30);
        assertThat(fiveBpPerDay.lateFee(60000, DUE, DUE.plusDays(45))).isEqualTo(45 * 30);
    }

    @Test
    void perDayFromALaterDayCountsThatDayAsTheFirst() {
        LotTerms fromDay16 = terms(LateFeeBasis.PER_DAY, 10, 16, 0);
        assertThat(fromDay16.lateFee(10000, DUE, DUE.plusDays(15))).isZero();
        assertThat(fromDay16.lateFee(10000, DUE, DUE.plusDays(16))).isEqualTo(10); // 100.00 x 0.1 %
        assertThat(fromDay16.lateFee(10000, DUE, DUE.plusDays(20))).isEqualTo(50);
    }

    @Test
    void perMonthCountsAMonthBegunInFull() {
        LotTerms twoPercentAMonth = terms(LateFeeBasis.PER_MONTH, 200, 1, 0);
        assertThat(twoPercentAMonth.lateFee(6000, DUE, DUE)).isZero();
        assertThat(twoPercentAMonth.lateFee(6000, DUE, DUE.plusDays(1))).isEqualTo(120);
        assertThat(twoPercentAMonth.lateFee(6000, DUE, DUE.plusMonths(1))).as("2 Dec: still the first month")
                .isEqualTo(120);
        assertThat(twoPercentAMonth.lateFee(6000, DUE, DUE.plusMonths(1).plusDays(1))).isEqualTo(240);
    }

    @Test
    void theCapIsAShareOfTheAmount() {
        LotTerms capped = terms(LateFeeBasis.PER_DAY, 50, 1, 1000); // 0.5 % a day, at most 10 %
        assertThat(capped.lateFee(6000, DUE, DUE.plusDays(10))).isEqualTo(300);
        assertThat(capped.lateFee(6000, DUE, DUE.plusDays(20))).as("20 x 0.5 % = 10 %").isEqualTo(600);
        assertThat(capped.lateFee(6000, DUE, DUE.plusDays(365))).isEqualTo(600);
    }

    @Test
    void roundsHalfUpToTheFen() {
        LotTerms fiveBp = terms(LateFeeBasis.PER_DAY, 5, 1, 0);
        assertThat(fiveBp.lateFee(1000, DUE, DUE.plusDays(1))).as("0.5 fen").isEqualTo(1);
        assertThat(fiveBp.lateFee(999, DUE, DUE.plusDays(1))).as("0.4995 fen").isZero();
    }

    @Test
    void noLateFeeWhenTheContractHasNone() {
        assertThat(LotTerms.defaults("P1").lateFee(60000, DUE, DUE.plusDays(400))).isZero();
        assertThat(terms(LateFeeBasis.PER_DAY, 0, 1, 0).lateFee(60000, DUE, DUE.plusDays(400))).isZero();
    }

    @Test
    void overdueOnlyAfterTheGraceDays() {
        LotTerms threeDaysGrace = terms(LateFeeBasis.NONE, 0, 1, 0);
        assertThat(threeDaysGrace.overdue(DUE, DUE.plusDays(3))).isFalse();
        assertThat(threeDaysGrace.overdue(DUE, DUE.plusDays(4))).isTrue();
    }
}
