package org.parkgate.lane.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.gate.BarrierState;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Site;
import org.parkgate.lane.Passage;
import org.parkgate.lane.ReleaseReasons;
import org.parkgate.report.ReportKind;
import org.parkgate.report.Reports;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The guard's lane monitor: live passages, and opening by hand only with a reason, audited. */
class LaneMonitorViewTest extends KaribuTest {

    @Autowired
    LaneController lanes;

    @Autowired
    AuditLog audit;

    @Autowired
    Site site;

    @Autowired
    Reports reports;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aGuardSeesPassagesLiveAndOpensByHandOnlyWithAReason() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("lanes");
        assertThat(_get(Span.class, spec -> spec.withId("lanes-occupancy")).getText()).startsWith("1号停车场 Lot P1: ");

        lanes.plateRead("in-1", "京A10005", 97, null); // as a camera would, from another thread of the server
        MockVaadin.clientRoundtrip(false);
        Passage shown = passages().getFirst();
        assertThat(shown.plate()).isEqualTo("京A10005");
        assertThat(GridKt._getFormattedRow(passagesGrid(), 0)).contains("Denied", "Suspended");

        _click(_get(Button.class, spec -> spec.withId("lane-open-in-1")));
        _setValue(_get(TextField.class, spec -> spec.withId("open-plate")), "京A10005");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText())
                .isEqualTo("Say why the barrier is opened by hand (at most 200 characters).");
        _setValue(_get(TextField.class, spec -> spec.withId("open-reason")), "业主现场缴费 Paid at the booth");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Barrier of 东门入口 East entrance opened; recorded with your reason.");
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getFormattedRow(passagesGrid(), 0)).contains("Opened by hand", "guard: 业主现场缴费 Paid at the booth");

        login("admin", Role.ADMIN);
        assertThat(audit.page(0, 200)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.MANUAL_OPEN);
            assertThat(event.detail()).isEqualTo("京A10005: 业主现场缴费 Paid at the booth");
        });
    }

    @Test
    void aPlateTooLongForTheRecordIsRefusedBeforeTheBarrierMoves() throws InterruptedException {
        for (int i = 0; i < 60 && site.lane("out-1").gate().state().barrier() != BarrierState.CLOSED; i++) {
            Thread.sleep(50); // an earlier test's vehicle still passing
        }
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("lanes");
        int before = manualOpens();
        _click(_get(Button.class, spec -> spec.withId("lane-open-out-1")));
        _setValue(_get(TextField.class, spec -> spec.withId("open-plate")), "京A1234567890ABCDEFG");
        _setValue(_get(TextField.class, spec -> spec.withId("open-reason")), "Plate unreadable");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("A plate of at most 16 characters, or none.");
        assertThat(site.lane("out-1").gate().state().barrier()).as("nothing opened").isEqualTo(BarrierState.CLOSED);
        assertThat(manualOpens()).as("nothing recorded").isEqualTo(before);

        _setValue(_get(TextField.class, spec -> spec.withId("open-plate")), "");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Barrier of 东门出口 East exit opened; recorded with your reason.");
        assertThat(manualOpens()).as("the one opening, once").isEqualTo(before + 1);
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getFormattedRow(passagesGrid(), 0)).contains("Opened by hand", "guard: Plate unreadable");
    }

    @Test
    void aGuardCorrectsAMisreadPlateAndTheLaneDecidesAgainOnIt() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("lanes");
        lanes.plateRead("in-1", "京A10005", 90, null); // the camera's read: a suspended owner's plate
        MockVaadin.clientRoundtrip(false);
        Div last = _get(Div.class, spec -> spec.withId("lane-last-in-1"));
        assertThat(last.getText()).startsWith("京A10005 · ");
        assertThat(last.getClassNames()).as("a refusal stands out").contains("parkgate-refused");
        long misread = passages().getFirst().id();

        String visitor = "鲁Q" + (10000 + CORRECTIONS.incrementAndGet() * 7 % 90000);
        _click(_get(Button.class, spec -> spec.withId("lane-correct-in-1")));
        _setValue(_get(TextField.class, spec -> spec.withId("correct-plate")), visitor);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("东门入口 East entrance: decided again on the corrected plate.");
        MockVaadin.clientRoundtrip(false);

        Passage corrected = passages().getFirst();
        assertThat(corrected.plate()).isEqualTo(visitor);
        assertThat(corrected.readAs()).as("the camera's read is kept").isEqualTo("京A10005");
        assertThat(corrected.opened()).as("a visitor may enter").isTrue();
        assertThat(corrected.actor()).isEqualTo("guard");
        assertThat(corrected.note()).isEqualTo("corrected from 京A10005 by guard");
        assertThat(last.getClassNames()).doesNotContain("parkgate-refused");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PLATE_CORRECTED' AND detail LIKE ?")
                .param("京A10005 -> " + visitor + "%").query(Integer.class).single()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lanes.correctPlate("in-1", misread, "京A10001"))
                .as("an older read cannot be corrected any more").hasMessageContaining("error.lane.correct-latest-only");

        lanes.plateRead("out-1", visitor, 100, null); // and out again, as the lot was
    }

    @Test
    void aGuardReleasesARefusedVehicleForFreeForOneOfTheOfficesReasons() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("lanes");
        lanes.plateRead("in-1", "京A10005", 98, null); // refused: suspended
        MockVaadin.clientRoundtrip(false);

        _click(_get(Button.class, spec -> spec.withId("lane-release-in-1")));
        assertThat(_get(TextField.class, spec -> spec.withId("release-plate")).getValue())
                .as("the refused vehicle's plate filled in").isEqualTo("京A10005");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Choose one of the office's release reasons.");
        @SuppressWarnings("unchecked")
        ComboBox<ReleaseReasons.ReleaseReason> reason = _get(ComboBox.class, spec -> spec.withId("release-reason"));
        _setValue(reason, reason.getListDataView().getItems().filter(r -> r.name().equals("救护车 Ambulance"))
                .findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("release-note")), "120 急救");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications(
                "Barrier of 东门入口 East entrance opened as a free release; recorded with the reason.");
        MockVaadin.clientRoundtrip(false);

        Passage released = passages().getFirst();
        assertThat(released.reason()).isEqualTo(Passage.FREE_RELEASE);
        assertThat(released.opened()).isTrue();
        assertThat(released.actor()).isEqualTo("guard");
        assertThat(released.note()).isEqualTo("救护车 Ambulance: 120 急救");
        assertThat(GridKt._getFormattedRow(passagesGrid(), 0)).contains("Free release");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'FREE_RELEASE' AND detail = ?")
                .param("京A10005: 救护车 Ambulance: 120 急救").query(Integer.class).single()).isEqualTo(1);

        login("manager", Role.MANAGER);
        var report = reports.make(ReportKind.LANE_EVENTS, java.time.YearMonth.now(clock), null,
                org.parkgate.base.ui.Translations.ENGLISH);
        assertThat(report.section("Free releases by reason").table().rows())
                .contains(java.util.List.of("救护车 Ambulance", "东门入口 East entrance", 1L));
    }

    private static final java.util.concurrent.atomic.AtomicInteger CORRECTIONS = new java.util.concurrent.atomic.AtomicInteger();

    private int manualOpens() {
        return jdbc.sql("SELECT COUNT(*) FROM passage WHERE lane = 'out-1' AND manual").query(Integer.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Passage> passagesGrid() {
        return _get(Grid.class, spec -> spec.withId("lanes-passages"));
    }

    private static java.util.List<Passage> passages() {
        return GridKt._findAll(passagesGrid());
    }
}
