package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parkgate.access.LotFixture.BLACKLISTED;
import static org.parkgate.access.LotFixture.DAY;
import static org.parkgate.access.LotFixture.PAID;
import static org.parkgate.access.LotFixture.RESTRICTED;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blacklist and the always-allow list count only within each listing's window, decided at the
 * moment of the read; and a listing never keeps a vehicle inside.
 */
class ListingWindowsTest {

    static final String PLATE = "京B77001";

    @Test
    void aBlacklistingThatStartsTomorrowDoesNotApplyToday() {
        var f = new LotFixture();
        long tomorrow = f.clock.millis() + DAY;
        f.list(PLATE, new Listing(ListStatus.BLACKLISTED, tomorrow, Listing.OPEN_ENDED));

        assertThat(f.enter(PLATE).reason()).isEqualTo(Reason.VISITOR_ENTRY);
        f.later(Duration.ofDays(1));
        assertThat(f.enter(PLATE).reason()).isEqualTo(Reason.BLACKLISTED);
    }

    @Test
    void aBlacklistingThatEndedNoLongerApplies() {
        var f = new LotFixture();
        long now = f.clock.millis();
        f.list(PLATE, new Listing(ListStatus.BLACKLISTED, now - 10 * DAY, now - DAY));
        assertThat(f.enter(PLATE).reason()).isEqualTo(Reason.VISITOR_ENTRY);

        f.list(PLATE, new Listing(ListStatus.BLACKLISTED, now - DAY, now + 1000));
        assertThat(f.enter(PLATE).reason()).as("still within").isEqualTo(Reason.BLACKLISTED);
        f.later(Duration.ofSeconds(1));
        assertThat(f.enter(PLATE).reason()).as("the end is exclusive").isEqualTo(Reason.VISITOR_ENTRY);
    }

    @Test
    void oneListingFollowsAnother() {
        var f = new LotFixture(LotFixture.DEFAULT_POLICY, 1);
        f.lot.resetInside(1); // full
        long now = f.clock.millis();
        f.list(PLATE, new Listing(ListStatus.BLACKLISTED, now - DAY, now + DAY),
                new Listing(ListStatus.ALWAYS_ALLOWED, now + DAY, Listing.OPEN_ENDED));

        assertThat(f.enter(PLATE).reason()).isEqualTo(Reason.BLACKLISTED);
        f.later(Duration.ofDays(1));
        assertThat(f.enter(PLATE).reason()).as("opens a full lot").isEqualTo(Reason.ALWAYS_ALLOWED);
    }

    @Test
    void anAlwaysAllowedPlateOpensWhatItsAccountWouldNot() {
        var f = new LotFixture();
        long now = f.clock.millis();
        assertThat(f.enter(RESTRICTED).reason()).isEqualTo(Reason.ARREARS_RESTRICTED);
        f.list(RESTRICTED, new Listing(ListStatus.ALWAYS_ALLOWED, now - DAY, now + DAY));

        Decision in = f.driveIn(RESTRICTED);
        assertThat(in.reason()).isEqualTo(Reason.ALWAYS_ALLOWED);
        assertThat(in.amountDue()).isZero();
        f.later(Duration.ofHours(5));
        assertThat(f.leave(RESTRICTED).reason()).isEqualTo(Reason.ALWAYS_ALLOWED);
    }

    @Test
    void anAlwaysAllowedVisitorLeavesWithoutAFeeWithinItsWindowAndPaysAfterIt() {
        var f = new LotFixture();
        long now = f.clock.millis();
        f.list(PLATE, new Listing(ListStatus.ALWAYS_ALLOWED, now - DAY, now + Duration.ofHours(2).toMillis()));
        assertThat(f.driveIn(PLATE).reason()).isEqualTo(Reason.ALWAYS_ALLOWED);

        f.later(Duration.ofHours(1));
        assertThat(f.leave(PLATE).reason()).isEqualTo(Reason.ALWAYS_ALLOWED);
        f.later(Duration.ofHours(2));
        Decision late = f.leave(PLATE);
        assertThat(late.reason()).as("a visitor again once the listing ended").isEqualTo(Reason.VISITOR_FEE_DUE);

        var plain = new LotFixture(); // a visitor who stays the hour since the listing ended
        plain.driveIn(PLATE);
        plain.later(Duration.ofHours(1));
        assertThat(late.amountDue()).as("charged from the listing's end, not from the entry")
                .isEqualTo(plain.leave(PLATE).amountDue()).isPositive();
    }

    /** Fail closed: a read one confusable character off a police car's plate is not the police car. */
    @Test
    void aMisreadNeverOpensAsAnAlwaysAllowedPlate() {
        var f = new LotFixture();
        Decision misread = f.enter("京A1000B"); // 8 read as B: one confusable away from the police car
        assertThat(misread.reason()).isEqualTo(Reason.VISITOR_ENTRY);
        assertThat(misread.plate()).isEqualTo("京A1000B");
        assertThat(misread.has(Flag.FUZZY)).isFalse();

        long now = f.clock.millis();
        f.list(RESTRICTED, new Listing(ListStatus.ALWAYS_ALLOWED, now - DAY, now + DAY));
        assertThat(f.enter(RESTRICTED).reason()).as("read exactly").isEqualTo(Reason.ALWAYS_ALLOWED);
        Decision fuzzy = f.enter("京A1O004"); // 0 read as O: the registered debtor, but not on its list
        assertThat(fuzzy.plate()).isEqualTo(RESTRICTED);
        assertThat(fuzzy.has(Flag.FUZZY)).isTrue();
        assertThat(fuzzy.reason()).isEqualTo(Reason.ARREARS_RESTRICTED);

        Decision barred = f.enter("京A1O007"); // the blacklisted plate misread stays barred
        assertThat(barred.plate()).isEqualTo(BLACKLISTED);
        assertThat(barred.reason()).isEqualTo(Reason.BLACKLISTED);
    }

    /** The law: a car inside must be able to leave, by paying what it owes at most. */
    @Test
    void aVehicleBlacklistedWhileInsideLeavesPayingWhatIsDue() {
        var f = new LotFixture();
        assertThat(f.driveIn(PLATE).reason()).isEqualTo(Reason.VISITOR_ENTRY);
        assertThat(f.driveIn(PAID).reason()).isEqualTo(Reason.PASS_VALID);
        long now = f.clock.millis();
        f.list(PLATE, new Listing(ListStatus.BLACKLISTED, now, Listing.OPEN_ENDED));
        f.list(PAID, new Listing(ListStatus.BLACKLISTED, now, Listing.OPEN_ENDED));
        f.later(Duration.ofHours(3));

        Decision visitor = f.leave(PLATE);
        assertThat(visitor.reason()).isEqualTo(Reason.VISITOR_FEE_DUE);
        assertThat(visitor.amountDueDecimal()).isEqualByComparingTo("7.00");
        assertThat(f.leave(PAID).reason()).as("as its pass lets it").isEqualTo(Reason.PASS_VALID);
        assertThat(f.enter(PAID).reason()).as("but it does not come back in").isEqualTo(Reason.BLACKLISTED);
    }

    @Test
    void aListingNeedsAListAndAWindow() {
        assertThatThrownBy(() -> new Listing(ListStatus.NONE, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Listing(ListStatus.BLACKLISTED, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        var state = new PlateState(PLATE, null, List.of(new Listing(ListStatus.BLACKLISTED, 10, 20)),
                Presence.NEVER_SEEN);
        assertThat(state.list(9)).isEqualTo(ListStatus.NONE);
        assertThat(state.list(10)).isEqualTo(ListStatus.BLACKLISTED);
        assertThat(state.list(20)).isEqualTo(ListStatus.NONE);
        assertThat(state.with(List.of()).listings()).isEmpty();
    }
}
