package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkgate.access.LotFixture.BLACKLISTED;
import static org.parkgate.access.LotFixture.DAY;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A visitor an owner registered in the portal: let in within the window, also where the lot takes
 * no visitors, never into a full lot or past the blacklist; charged by the tariff, or free within
 * the window where the lot says so; outside the window an ordinary visitor.
 */
class OwnersVisitorTest {

    static final String GUEST = "京C55001";
    static final long HOURS_4 = Duration.ofHours(4).toMillis();

    private static LotFixture lotTakingNoVisitors() {
        return new LotFixture(new LotFixture.PolicyBuilder().visitors(false).build(), 100);
    }

    @Test
    void aRegisteredVisitorEntersWhereTheLotTakesNoVisitorsOnlyWithinTheWindow() {
        var f = lotTakingNoVisitors();
        long now = f.clock.millis();
        f.list(GUEST, new Listing(ListStatus.VISITOR, now + Duration.ofHours(1).toMillis(), now + HOURS_4));

        assertThat(f.enter(GUEST).reason()).as("before the window").isEqualTo(Reason.UNKNOWN_PLATE);
        f.later(Duration.ofHours(1));
        assertThat(f.enter(GUEST).reason()).isEqualTo(Reason.OWNER_VISITOR);
        f.later(Duration.ofHours(3));
        assertThat(f.enter(GUEST).reason()).as("the end is exclusive").isEqualTo(Reason.UNKNOWN_PLATE);
    }

    @Test
    void aRegisteredVisitorPaysTheTariffFromEntry() {
        var f = lotTakingNoVisitors();
        long now = f.clock.millis();
        f.list(GUEST, new Listing(ListStatus.VISITOR, now, now + HOURS_4));
        assertThat(f.driveIn(GUEST).reason()).isEqualTo(Reason.OWNER_VISITOR);
        f.later(Duration.ofHours(3));

        var plain = new LotFixture(); // the same stay by an ordinary visitor where visitors are taken
        plain.driveIn(GUEST);
        plain.later(Duration.ofHours(3));
        Decision out = f.leave(GUEST);
        assertThat(out.reason()).isEqualTo(Reason.VISITOR_FEE_DUE);
        assertThat(out.amountDue()).isEqualTo(plain.leave(GUEST).amountDue()).isPositive();
    }

    @Test
    void aFreeVisitorLeavesForNothingWithinTheWindowAndPaysOnlyForTheTimeAfterIt() {
        var f = new LotFixture();
        long now = f.clock.millis();
        f.list(GUEST, new Listing(ListStatus.FREE_VISITOR, now, now + Duration.ofHours(2).toMillis()));
        assertThat(f.driveIn(GUEST).reason()).isEqualTo(Reason.OWNER_VISITOR);
        f.later(Duration.ofHours(1));
        assertThat(f.leave(GUEST).reason()).isEqualTo(Reason.VISITOR_EXIT);
        f.later(Duration.ofHours(2));
        Decision late = f.leave(GUEST);
        assertThat(late.reason()).isEqualTo(Reason.VISITOR_FEE_DUE);

        var plain = new LotFixture();
        plain.driveIn(GUEST);
        plain.later(Duration.ofHours(1));
        assertThat(late.amountDue()).as("charged from the window's end").isEqualTo(plain.leave(GUEST).amountDue());
    }

    @Test
    void aRegistrationOpensNoFullLotAndNoBlacklist() {
        var f = new LotFixture(LotFixture.DEFAULT_POLICY, 10);
        long now = f.clock.millis();
        f.list(GUEST, new Listing(ListStatus.VISITOR, now, now + HOURS_4));
        f.list(BLACKLISTED, new Listing(ListStatus.BLACKLISTED, now - DAY, Listing.OPEN_ENDED),
                new Listing(ListStatus.FREE_VISITOR, now, now + HOURS_4));
        assertThat(f.enter(BLACKLISTED).reason()).isEqualTo(Reason.BLACKLISTED);
        f.lot.resetInside(10);
        assertThat(f.enter(GUEST).reason()).isEqualTo(Reason.LOT_FULL);
    }

    @Test
    void aRegisteredVehicleIsDecidedByItsAccountNotAsAVisitor() {
        var f = lotTakingNoVisitors();
        long now = f.clock.millis();
        f.list(LotFixture.SUSPENDED, new Listing(ListStatus.FREE_VISITOR, now, now + HOURS_4));
        assertThat(f.enter(LotFixture.SUSPENDED).reason()).isEqualTo(Reason.SUSPENDED);
    }
}
