package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.gate.BarrierState;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditEvent;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The demo site's lanes through the lane controller: decisions, passages, stays, re-pushes, manual opens. */
class LaneControllerTest extends KaribuTest {

    static final AtomicInteger PLATES = new AtomicInteger();

    @Autowired
    LaneController lanes;

    @Autowired
    Site site;

    @Autowired
    RegistryService registry;

    @Autowired
    AuditLog audit;

    @Autowired
    AccessIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestrictedOwnerIsRefusedWithTheAmountAndTheDisplaySaysWhy() {
        LaneAnswer answer = lanes.plateRead("in-1", "京A10004", 96, null);
        assertThat(answer.decision()).isEqualTo("DENY");
        assertThat(answer.reason()).isEqualTo("ARREARS_RESTRICTED");
        assertThat(answer.amountDue()).isEqualByComparingTo("613.50");
        assertThat(answer.currency()).isEqualTo("CNY");
        assertThat(answer.message()).isEqualTo("京A10004 已欠费 613.50 元 45 天，请扫码缴费或联系物业");
        assertThat(site.lane("in-1").gate().state().display().lines()).containsExactly(answer.message(),
                "京A10004: 613.50 yuan overdue for 45 days. Scan the code to pay, or ask the office");
        assertThat(passage(answer.passageId())).isEqualTo("in-1 京A10004 DENY ARREARS_RESTRICTED 61350");
    }

    @Test
    void aVisitorEntersAndLeavesAsOneStayAndARepushIsNotASecondPassage() {
        String plate = "晋B0000" + PLATES.incrementAndGet();
        LaneAnswer in = lanes.plateRead("in-1", plate, null, null);
        assertThat(in.decision()).isEqualTo("OPEN");
        assertThat(in.reason()).isEqualTo("VISITOR_ENTRY");
        assertThat(site.lane("in-1").gate().state().barrier()).isIn(BarrierState.RISING, BarrierState.OPEN);
        assertThat(lanes.plateRead("in-1", plate, null, null)).as("camera re-push").isEqualTo(in);

        LaneAnswer out = lanes.plateRead("out-1", plate, null, null);
        assertThat(out.reason()).isEqualTo("VISITOR_EXIT"); // within the free 30 minutes
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage WHERE plate = ?").param(plate).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT entry_passage, exit_passage FROM stay WHERE plate = ?").param(plate)
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .containsExactly(in.passageId(), out.passageId());
    }

    @Test
    void badReadsAndUnknownLanesChangeNothing() {
        assertThatThrownBy(() -> lanes.plateRead("nowhere", "京A10001", null, null))
                .isInstanceOf(UnknownLaneException.class);
        assertThatThrownBy(() -> lanes.plateRead("in-1", " ", null, null)).isInstanceOf(LaneException.class)
                .hasMessage("error.lane.plate-missing");
        assertThatThrownBy(() -> lanes.plateRead("in-1", "京A10001", 101, null)).isInstanceOf(LaneException.class);
    }

    @Test
    void aGuardOpensByHandOnlyWithAReasonAndItIsAudited() {
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> lanes.openByHand("out-1", "京A10005", "  ")).isInstanceOf(LaneException.class)
                .hasMessage("error.lane.reason-needed");
        Passage opened = lanes.openByHand("out-1", "京A10005", "救护车通行 Ambulance");
        assertThat(opened.manual()).isTrue();
        assertThat(opened.actor()).isEqualTo("guard");
        assertThat(passage(opened.id())).isEqualTo("out-1 京A10005 OPEN MANUAL_OPEN 0");
        login("admin", Role.ADMIN);
        // other tests move the clock forward, so the newest entries need not be this test's
        assertThat(audit.page(0, 200)).filteredOn(event -> event.action() == AuditAction.MANUAL_OPEN)
                .anySatisfy(event -> {
                    assertThat(event.actor()).isEqualTo("guard");
                    assertThat(event.subject()).isEqualTo("out-1");
                    assertThat(event.detail()).isEqualTo("京A10005: 救护车通行 Ambulance");
                });

        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> lanes.openByHand("out-1", null, "nobody signed in"))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void whoIsInsideComesBackFromTheRecordsWithTheirEntryTime() {
        String plate = "晋C0000" + PLATES.incrementAndGet();
        java.time.Instant entered = clock.instant();
        clock.set(entered);
        try {
            assertThat(lanes.plateRead("in-1", plate, null, null).reason()).isEqualTo("VISITOR_ENTRY");
            index.index().update(plate, state -> null); // what a restart forgets
            lanes.restorePresence();
            clock.set(entered.plus(java.time.Duration.ofHours(3)));
            LaneAnswer out = lanes.plateRead("out-1", plate, null, null);
            assertThat(out.reason()).as("charged from the recorded entry").isEqualTo("VISITOR_FEE_DUE");
            assertThat(out.amountDue()).isEqualByComparingTo("7.00"); // 5.00 for 2 h, then 2.00 an hour
        } finally {
            clock.reset();
        }
    }

    @Test
    void anEmergencyKeepsEveryBarrierOfTheLotUpUntilItEnds() throws InterruptedException {
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> lanes.keepOpen("P1", true, "")).isInstanceOf(LaneException.class);
        lanes.keepOpen("P1", true, "消防演习 Fire drill");
        try {
            Thread.sleep(400); // the simulated arms rise in 150 ms in tests
            assertThat(site.lane("in-1").gate().state().barrier()).isEqualTo(BarrierState.OPEN);
            assertThat(lanes.plateRead("out-1", "京A10005", null, null).decision()).as("still decided and recorded")
                    .isEqualTo("DENY");
            Thread.sleep(400);
            assertThat(site.lane("out-1").gate().state().barrier()).isEqualTo(BarrierState.OPEN);
        } finally {
            lanes.keepOpen("P1", false, "演习结束 Drill over");
        }
        Thread.sleep(400);
        assertThat(site.lane("in-1").gate().state().barrier()).isEqualTo(BarrierState.CLOSED);
        login("admin", Role.ADMIN);
        assertThat(audit.page(0, 200)).filteredOn(event -> "P1".equals(event.subject()))
                .extracting(AuditEvent::action, AuditEvent::detail).containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.KEEP_OPEN_OFF, "演习结束 Drill over"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.KEEP_OPEN_ON, "消防演习 Fire drill"));
    }

    private String passage(long id) {
        return jdbc.sql("SELECT lane, plate, opened, reason, amount_due FROM passage WHERE id = ?").param(id)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + (rs.getBoolean(3) ? "OPEN" : "DENY")
                        + " " + rs.getString(4) + " " + rs.getLong(5))
                .single();
    }
}
