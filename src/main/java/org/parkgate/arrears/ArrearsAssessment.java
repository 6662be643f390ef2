package org.parkgate.arrears;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.access.ArrearsStage;
import org.parkgate.billing.LotTerms;
import org.parkgate.billing.LotTermsService;
import org.parkgate.billing.OpenInvoice;

/**
 * Works out an owner's {@link Standing} from their open invoices and the terms of each invoice's
 * lot. Only invoices past their due date count. An invoice beyond its lot's grace days makes the
 * account OVERDUE, beyond the restrict-after days RESTRICTED; as many overdue unpaid periods in
 * one lot as its terms allow make it SUSPENDED. The strictest stage wins.
 */
public final class ArrearsAssessment {

    private ArrearsAssessment() {
    }

    public static Standing assess(List<OpenInvoice> open, Map<String, LotTerms> terms, LocalDate today) {
        long amountDue = 0;
        long lateFees = 0;
        int days = 0;
        long[] aged = new long[4];
        ArrearsStage stage = ArrearsStage.ACTIVE;
        Map<String, Integer> overduePeriods = new HashMap<>();
        for (OpenInvoice invoice : open) {
            int pastDue = LotTerms.daysPastDue(invoice.dueOn(), today);
            LotTerms t = LotTermsService.of(terms, invoice.lot());
            long owed = invoice.owed(t, today);
            if (pastDue == 0 || owed == 0) {
                continue;
            }
            amountDue += owed;
            lateFees += t.lateFee(invoice.amount(), invoice.dueOn(), today);
            days = Math.max(days, pastDue);
            aged[bucket(pastDue)] += owed;
            if (t.overdue(invoice.dueOn(), today)) {
                overduePeriods.merge(invoice.lot(), 1, Integer::sum);
                stage = stricter(stage, pastDue > t.restrictAfterDays() ? ArrearsStage.RESTRICTED : ArrearsStage.OVERDUE);
            }
        }
        int unpaidPeriods = 0;
        for (Map.Entry<String, Integer> lot : overduePeriods.entrySet()) {
            unpaidPeriods += lot.getValue();
            if (lot.getValue() >= LotTermsService.of(terms, lot.getKey()).suspendAfterPeriods()) {
                stage = ArrearsStage.SUSPENDED;
            }
        }
        return new Standing(stage, amountDue, lateFees, days, unpaidPeriods, aged[0], aged[1], aged[2], aged[3]);
    }

    private static int bucket(int daysPastDue) {
        return daysPastDue <= 30 ? 0 : daysPastDue <= 60 ? 1 : daysPastDue <= 90 ? 2 : 3;
    }

    private static ArrearsStage stricter(ArrearsStage a, ArrearsStage b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
