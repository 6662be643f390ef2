package org.parkgate.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.Lot;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedExit;
import org.parkgate.access.VisitorTariff.Night;
import org.parkgate.lane.Site;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lots run the rules stored for them from the moment they exist; a save is checked, made over the
 * version it started from, applied to the live lot, and a save that changes nothing stores nothing.
 */
class LotRulesServiceTest extends KaribuTest {

    static final AtomicInteger LOTS = new AtomicInteger();

    @Autowired
    LotRulesService rules;
    @Autowired
    Site site;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void theDemoLotRunsTheDefaultsAgain() {
        login("manager", Role.MANAGER);
        rules.save(LotRules.defaults("P1", rules.zone()), rules.stored("P1").version());
    }

    @Test
    void aLotOpensWithTheRulesStoredForItNeverWithOthers() {
        String lotId = "LRT" + LOTS.incrementAndGet();
        // an installation whose office saved rules for this lot before ParkGate started
        jdbc.sql("""
                INSERT INTO lot_rules (lot, currency, free_time, free_minutes, first_segment_minutes,
                    first_segment_price, step_minutes, step_price, cap_period, daily_cap, night, night_start_minute,
                    night_end_minute, night_price, reentry_minutes, restricted_entry, restricted_exit,
                    visitors_allowed, reserved_for_pass_holders, anti_passback, expiry_warning_days,
                    fuzzy_min_confidence, prepaid_grace_minutes, version, changed_at, changed_by)
                VALUES (?, 'CNY', 'DEDUCT', 15, 60, 300, 30, 100, 'RESTART_24H', 3000, 'FLAT', 1320, 420, 1000, 5,
                    'CHARGE_AS_VISITOR', 'ALLOW_WITH_NOTICE', FALSE, 3, 'STRICT', 14, 95, 20, 4, ?, 'manager')""")
                .param(lotId).param(Timestamp.from(clock.instant())).update();

        Lot lot = rules.open(lotId, 40);
        assertThat(lot.policy().tariff().firstSegmentPrice()).isEqualTo(300);
        assertThat(lot.policy().tariff().night()).isEqualTo(Night.FLAT);
        assertThat(lot.policy().restrictedExit()).isEqualTo(RestrictedExit.ALLOW_WITH_NOTICE);
        assertThat(lot.policy().antiPassback()).isEqualTo(AntiPassback.STRICT);
        assertThat(lot.policy().visitorsAllowed()).isFalse();
        assertThat(rules.stored(lotId).version()).isEqualTo(4);
        assertThatThrownBy(() -> rules.open(lotId, 40)).as("one live lot per id")
                .isInstanceOf(IllegalStateException.class);

        String withoutRow = "LRT" + LOTS.incrementAndGet();
        assertThat(LotRules.of(withoutRow, rules.open(withoutRow, 10).policy()))
                .as("a lot its office never set runs the defaults").isEqualTo(LotRules.defaults(withoutRow, rules.zone()));
    }

    @Test
    void theDatabaseRefusesARowTheCoreWouldRefuse() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO lot_rules (lot, currency, free_time, free_minutes, first_segment_minutes,
                    first_segment_price, step_minutes, step_price, cap_period, daily_cap, night, night_start_minute,
                    night_end_minute, night_price, reentry_minutes, restricted_entry, restricted_exit,
                    visitors_allowed, reserved_for_pass_holders, anti_passback, expiry_warning_days,
                    fuzzy_min_confidence, prepaid_grace_minutes, version, changed_at, changed_by)
                VALUES ('LRT-BAD', 'CNY', 'DEDUCT', 15, 60, 300, 30, 100, 'CALENDAR_DAY', 3000, 'FREE', 600, 600, 0, 5,
                    'DENY', 'REQUIRE_PAYMENT', TRUE, 0, 'SOFT', 7, 90, 15, 1, ?, 'manager')""")
                .param(Timestamp.from(clock.instant())).update()).as("a night from 10:00 to 10:00")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSaveIsMadeOverTheVersionItStartedFromAndOnlyForTheSitesLots() {
        login("manager", Role.MANAGER);
        StoredLotRules start = rules.stored("P1");
        LotRules longerGrace = withPrepaidGrace(start.rules(), 25);
        assertThat(rules.save(longerGrace, start.version())).isEqualTo("time to the exit after paying inside 15 min"
                + " -> 25 min");
        assertThat(p1().policy().prepaidGraceMinutes()).isEqualTo(25);

        assertThatThrownBy(() -> rules.save(withPrepaidGrace(start.rules(), 40), start.version()))
                .as("somebody else saved since this edit began").isInstanceOf(LotRulesException.class)
                .hasMessage("lot-rules.error.changed-meanwhile");
        assertThat(p1().policy().prepaidGraceMinutes()).isEqualTo(25);
        assertThat(rules.stored("P1").rules()).isEqualTo(longerGrace);

        int version = rules.stored("P1").version();
        assertThat(rules.save(longerGrace, version)).as("nothing changed").isEmpty();
        assertThat(rules.stored("P1").version()).as("nothing stored").isEqualTo(version);

        assertThatThrownBy(() -> rules.save(LotRules.defaults("NOWHERE", rules.zone()), 0))
                .isInstanceOf(LotRulesException.class).hasMessage("lot-rules.error.lot-unknown");
        assertThat(rules.stored("NOWHERE").defaults()).isTrue();
    }

    private Lot p1() {
        return site.lots().stream().filter(lot -> lot.id().equals("P1")).findFirst().orElseThrow();
    }

    private static LotRules withPrepaidGrace(LotRules r, int minutes) {
        return new LotRules(r.lot(), r.currency(), r.freeTime(), r.freeMinutes(), r.firstSegmentMinutes(),
                r.firstSegmentPrice(), r.stepMinutes(), r.stepPrice(), r.capPeriod(), r.dailyCap(), r.night(),
                r.nightStartMinute(), r.nightEndMinute(), r.nightPrice(), r.reentryMinutes(), r.restrictedEntry(),
                r.restrictedExit(), r.visitorsAllowed(), r.reservedForPassHolders(), r.antiPassback(),
                r.expiryWarningDays(), r.fuzzyMinConfidence(), minutes);
    }
}
