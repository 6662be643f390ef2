package org.parkgate.lot;

import java.time.ZoneId;
import java.util.Currency;
import org.parkgate.access.LotPolicy;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.VisitorTariff;

/**
 * What a lot runs with until its office saves rules of its own (a lot without a row in
 * {@code lot_rules}), and what the rules page offers as "the defaults": restricted accounts are
 * refused at the entrance and leave by paying what the display shows; visitors are welcome (30 free
 * minutes that only waive short stays, 5.00 for the first 2 hours, then 2.00 an hour, at most 20.00
 * a calendar day, no new free time on re-entering within 10 minutes); soft anti-passback; a 7-day
 * expiry warning; confusable reads accepted from 90 % confidence; 15 minutes to reach the exit
 * after paying inside. The one place these values are written down.
 */
public final class DefaultLotRules {

    private DefaultLotRules() {
    }

    public static LotPolicy create(ZoneId zone) {
        var tariff = VisitorTariff.of(Currency.getInstance("CNY"), VisitorTariff.FreeTime.WAIVE_SHORT_STAYS, 30,
                120, 500, 60, 200, VisitorTariff.CapPeriod.CALENDAR_DAY, 2000, VisitorTariff.Night.NONE, 0, 0, 0,
                10, zone);
        return new LotPolicy(LotPolicy.RestrictedEntry.DENY, LotPolicy.RestrictedExit.REQUIRE_PAYMENT, true, 0,
                LotPolicy.AntiPassback.SOFT, 7, 90, 15, PlateFormat.chinese(), tariff);
    }
}
