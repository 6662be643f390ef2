package org.parkgate.lane;

import java.time.ZoneId;
import java.util.Currency;
import org.parkgate.access.LotPolicy;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.VisitorTariff;

/**
 * The policy every configured lot runs with until lots get their own policy settings: restricted
 * accounts are refused at the entrance and leave by paying what the display shows; visitors are
 * welcome (30 free minutes that only waive short stays, 5.00 for the first 2 hours, then 2.00 an
 * hour, at most 20.00 a calendar day); soft anti-passback; a 7-day expiry warning.
 */
public final class StandardLotPolicy {

    private StandardLotPolicy() {
    }

    public static LotPolicy create(ZoneId zone) {
        var tariff = VisitorTariff.of(Currency.getInstance("CNY"), VisitorTariff.FreeTime.WAIVE_SHORT_STAYS, 30,
                120, 500, 60, 200, VisitorTariff.CapPeriod.CALENDAR_DAY, 2000, VisitorTariff.Night.NONE, 0, 0, 0,
                10, zone);
        return new LotPolicy(LotPolicy.RestrictedEntry.DENY, LotPolicy.RestrictedExit.REQUIRE_PAYMENT, true, 0,
                LotPolicy.AntiPassback.SOFT, 7, 90, 15, PlateFormat.chinese(), tariff);
    }
}
