package org.parkgate;

import java.time.Clock;
import java.time.ZoneId;
import org.parkgate.access.AccessCore;
import org.parkgate.access.Lane;
import org.parkgate.access.Lot;
import org.parkgate.access.PlateIndex;
import org.parkgate.access.Decision;
import org.parkgate.lot.DefaultLotRules;

/** An entrance of a 300-space lot with a typical policy, for tests that ask the gate through the real index. */
public final class TestLanes {

    private TestLanes() {
    }

    /** What the entrance decides for a plate, from the given index, at the given time. */
    public static Decision atTheEntrance(PlateIndex index, Clock clock, String plate) {
        return new AccessCore(index, clock).decide(entrance(), plate, 95);
    }

    /** With the policy every configured lot runs with. */
    public static Lane entrance() {
        return new Lane("in-1", new Lot("P1", 300, DefaultLotRules.create(ZoneId.of("Asia/Shanghai"))),
                Lane.Direction.IN);
    }
}
