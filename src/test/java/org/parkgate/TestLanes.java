package org.parkgate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import org.parkgate.access.AccessCore;
import org.parkgate.access.Lane;
import org.parkgate.access.Lot;
import org.parkgate.access.LotPolicy;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.PlateIndex;
import org.parkgate.access.Decision;
import org.parkgate.access.VisitorTariff;

/** An entrance of a 300-space lot with a typical policy, for tests that ask the gate through the real index. */
public final class TestLanes {

    private TestLanes() {
    }

    /** What the entrance decides for a plate, from the given index, at the given time. */
    public static Decision atTheEntrance(PlateIndex index, Clock clock, String plate) {
        return new AccessCore(index, clock).decide(entrance(), plate, 95);
    }

    public static Lane entrance() {
        var tariff = VisitorTariff.of(Currency.getInstance("CNY"), VisitorTariff.FreeTime.WAIVE_SHORT_STAYS, 30,
                120, 500, 60, 200, VisitorTariff.CapPeriod.CALENDAR_DAY, 2000, VisitorTariff.Night.NONE, 0, 0, 0,
                10, ZoneId.of("Asia/Shanghai"));
        var policy = new LotPolicy(LotPolicy.RestrictedEntry.DENY, LotPolicy.RestrictedExit.REQUIRE_PAYMENT, true,
                0, LotPolicy.AntiPassback.SOFT, 7, 90, 15, PlateFormat.chinese(), tariff);
        return new Lane("in-1", new Lot("P1", 300, policy), Lane.Direction.IN);
    }
}
