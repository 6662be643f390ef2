package org.parkgate.exemption;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestLanes;
import org.parkgate.access.Reason;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.Rate;
import org.parkgate.lane.AccessIndex;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Requesting, approving and what the gate then does, through the views, the database and the index. */
class ExemptionsTest extends KaribuTest {

    @Autowired
    ExemptionService exemptions;

    @Autowired
    RegistryService registry;

    @Autowired
    AccessIndex accessIndex;

    @Autowired
    PassService passes;

    @AfterEach
    void backToNow() {
        clock.set(Instant.now());
    }

    Reason atTheEntrance(String plate) {
        return TestLanes.atTheEntrance(accessIndex.index(), clock, plate).reason();
    }

    @Test
    void aCashiersRequestOpensTheGateOnlyOnceAManagerApprovesIt() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("郑医生 Dr Zheng", "", "9-0901"));
        registry.addVehicle(owner, "闽D12345", VehicleKind.CAR, null);
        UI.getCurrent().navigate("exemptions");
        _click(_get(Button.class, spec -> spec.withId("exemptions-request")));
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-plate")), "闽d12345");
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-reason")), "社区医生 Community doctor");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Exemption for 闽d12345 requested; a manager decides.");
        assertThat(atTheEntrance("闽D12345")).as("pending: not yet").isEqualTo(Reason.VISITOR_ENTRY);

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("exemptions");
        ExemptionRow pending = rows().stream().filter(row -> "闽D12345".equals(row.plate())).findFirst().orElseThrow();
        assertThat(pending.status()).isEqualTo(ExemptionStatus.PENDING);
        int row = rows().indexOf(pending);
        _click(_get(GridKt._getCellComponent(grid(), row, "actions"), Button.class,
                spec -> spec.withId("approve-" + pending.id())));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes"))); // the manager confirms what approving does
        NotificationsKt.expectNotifications("Exemption for 闽D12345 approved.");

        assertThat(atTheEntrance("闽D12345")).isEqualTo(Reason.EXEMPT);
        assertThat(exemptions.list(ExemptionStatus.EXPIRING)).extracting(ExemptionRow::plate).doesNotContain("闽D12345");
    }

    @Test
    void anOwnersExemptionCoversEveryVehicleTheyHaveOrAddLater() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("警务室 Police post", "", "9-0903"));
        registry.addVehicle(owner, "闽D33331", VehicleKind.CAR, null);
        registry.addVehicle(owner, "闽D33332", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        long id = exemptions.request(new NewExemption("闽D33331", true, ExemptionKind.FULL, 0, today,
                today.plusYears(1), "警车 Police cars"));
        assertThat(exemptions.list(ExemptionStatus.PENDING)).filteredOn(row -> row.id() == id).singleElement()
                .satisfies(row -> {
                    assertThat(row.plate()).isNull();
                    assertThat(row.ownerName()).isEqualTo("警务室 Police post");
                });

        login("manager", Role.MANAGER);
        exemptions.approve(id);
        assertThat(atTheEntrance("闽D33331")).isEqualTo(Reason.EXEMPT);
        assertThat(atTheEntrance("闽D33332")).isEqualTo(Reason.EXEMPT);
        registry.addVehicle(owner, "闽D33333", VehicleKind.CAR, null);
        assertThat(atTheEntrance("闽D33333")).as("added after the approval").isEqualTo(Reason.EXEMPT);
        login("admin", Role.ADMIN);
        assertThat(accessIndex.check().consistent()).isTrue();
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        login("manager", Role.MANAGER);
        long owner = registry.createOwner(new NewOwner("冯", "", "9-0902"));
        registry.addVehicle(owner, "闽D22222", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        long id = exemptions.request(new NewExemption("闽D22222", false, ExemptionKind.PERCENT, 50, today, today.plusDays(3),
                "试用 Trial"));
        assertThatThrownBy(() -> exemptions.approve(id)).isInstanceOf(ExemptionException.class)
                .hasMessage("error.exemption.own-request");
        login("admin", Role.ADMIN);
        exemptions.approve(id);
        assertThat(exemptions.list(ExemptionStatus.EXPIRING)).extracting(ExemptionRow::plate).contains("闽D22222");
        assertThatThrownBy(() -> exemptions.reject(id)).hasMessage("error.exemption.not-pending");
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        login("cashier", Role.CASHIER);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> exemptions.request(new NewExemption("赣A99998", false, ExemptionKind.FULL, 0, today, today,
                "x"))).hasMessage("error.pass.plate-unknown");
        assertThatThrownBy(() -> exemptions.request(new NewExemption(" ", false, ExemptionKind.FULL, 0, today, today,
                "x"))).hasMessage("error.plate.required");
        assertThatThrownBy(() -> exemptions.request(new NewExemption("京A10001", false, ExemptionKind.FULL, 0, today,
                today.minusDays(1), "x"))).hasMessage("error.exemption.window");
        assertThatThrownBy(() -> exemptions.request(new NewExemption("京A10001", false, ExemptionKind.PERCENT, 150, today,
                today, "x"))).hasMessage("error.exemption.percent");
        assertThatThrownBy(() -> exemptions.request(new NewExemption("京A10001", false, ExemptionKind.FULL, 0, today, today,
                " "))).hasMessage("error.exemption.reason");
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> exemptions.list(null))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void validityOutsideTheWindowIsRefusedAndNothingIsWritten() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("日期 Dates", "", "9-0904"));
        registry.addVehicle(owner, "闽D44441", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        int before = exemptions.list(null).size();
        assertThatThrownBy(() -> request("闽D44441", LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)))
                .isInstanceOf(ExemptionException.class).hasMessage("error.exemption.start-window");
        assertThatThrownBy(() -> request("闽D44441", today.minusDays(32), today))
                .hasMessage("error.exemption.start-window");
        assertThatThrownBy(() -> request("闽D44441", today.plusYears(1).plusDays(1), today.plusYears(2)))
                .hasMessage("error.exemption.start-window");
        assertThatThrownBy(() -> request("闽D44441", today, today.plusYears(3)))
                .isInstanceOf(ExemptionException.class).hasMessage("error.exemption.too-long")
                .satisfies(refused -> assertThat(((ExemptionException) refused).arguments())
                        .containsExactly(3, today.plusYears(3).minusDays(1)));
        assertThat(exemptions.list(null)).as("nothing written").hasSize(before);

        request("闽D44441", today.minusDays(31), today.minusDays(31).plusYears(3).minusDays(1));
        request("闽D44441", today.plusYears(1), today.plusYears(1));
        assertThat(exemptions.list(null)).as("the limits themselves are accepted").hasSize(before + 2);
    }

    @Test
    void theRequestDialogSaysWhyTheDatesAreRefused() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("日期 Dialog", "", "9-0905"));
        registry.addVehicle(owner, "闽D44442", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().navigate("exemptions");
        _click(_get(Button.class, spec -> spec.withId("exemptions-request")));
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-plate")), "闽D44442");
        _setValue(_get(DatePicker.class, spec -> spec.withId("exemption-from")), LocalDate.of(1900, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("exemption-until")), LocalDate.of(9999, 12, 31));
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-reason")), "测试 Test");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("An exemption starts from " + today.minusDays(31)
                + " to " + today.plusYears(1) + ": at most 31 days ago and at most a year from today.");

        _setValue(_get(DatePicker.class, spec -> spec.withId("exemption-from")), today);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("An exemption lasts at most 3 years: from this first"
                + " day, the last day is " + today.plusYears(3).minusDays(1) + " at the latest.");
        assertThat(exemptions.list(null)).extracting(ExemptionRow::plate).doesNotContain("闽D44442");
    }

    @Test
    void anExemptionForASuspendedOwnerSaysTheGateStillRefuses() {
        String plate = "闽D55551";
        suspendedOwner(plate);
        assertThat(atTheEntrance(plate)).isEqualTo(Reason.SUSPENDED);

        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("exemptions");
        _click(_get(Button.class, spec -> spec.withId("exemptions-request")));
        assertThat(_find(Span.class, spec -> spec.withId("exemption-owner-suspended"))).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-plate")), plate);
        assertThat(_get(Span.class, spec -> spec.withId("exemption-owner-suspended")).getText())
                .as("said while requesting").isEqualTo("The owner of " + plate + " is suspended for arrears: the gate refuses"
                + " their vehicles, exemption or not, until the arrears are paid.");
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-reason")), "社区医生 Community doctor");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Exemption for " + plate + " requested; a manager decides.");
        assertThat(exemptions.gateRefusesOwnerOf(plate)).isTrue();

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("exemptions");
        ExemptionRow pending = rows().stream().filter(row -> plate.equals(row.plate())).findFirst().orElseThrow();
        assertThat(pending.ownerSuspended()).isTrue();
        _click(_get(GridKt._getCellComponent(grid(), rows().indexOf(pending), "actions"), Button.class,
                spec -> spec.withId("approve-" + pending.id())));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes"))); // the manager confirms what approving does
        NotificationsKt.expectNotifications("Exemption for " + plate + " approved. The gate still refuses the vehicle"
                + " while its owner is suspended for arrears.");
        int row = rows().indexOf(rows().stream().filter(r -> r.id() == pending.id()).findFirst().orElseThrow());
        assertThat(GridKt._getFormatted(grid(), row, "status"))
                .isEqualTo("Active; the gate still refuses: owner suspended for arrears");
        assertThat(atTheEntrance(plate)).as("the gate does refuse").isEqualTo(Reason.SUSPENDED);

        long wholeOwner = exemptions.request(new NewExemption(plate, true, ExemptionKind.FULL, 0, LocalDate.now(clock),
                LocalDate.now(clock).plusMonths(1), "业主 Owner"));
        assertThat(exemptions.list(ExemptionStatus.PENDING)).filteredOn(r -> r.id() == wholeOwner).singleElement()
                .satisfies(r -> assertThat(r.ownerSuspended()).as("for every vehicle of the owner too").isTrue());
        assertThat(exemptions.list(null)).filteredOn(r -> "京A10006".equals(r.plate())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.ownerSuspended()).as("an owner not suspended").isFalse());
    }

    /** An owner of their own with three monthly periods unpaid: suspended, seen from 10 March 2031. */
    private void suspendedOwner(String plate) {
        clock.set(Instant.parse("2031-01-01T02:00:00Z"));
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("停用测试月卡", PassPeriod.MONTH, 10000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("停用 Suspended", "", "9-0906"));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        for (int month = 1; month <= 3; month++) {
            passes.sell(owner, plan, List.of(plate), LocalDate.of(2031, month, 1));
        }
        clock.set(Instant.parse("2031-03-10T02:00:00Z"));
        passes.sell(owner, plan, List.of(plate), LocalDate.of(2031, 4, 1)); // the owner's arrears are recomputed
    }

    private long request(String plate, LocalDate from, LocalDate until) {
        return exemptions.request(new NewExemption(plate, false, ExemptionKind.FULL, 0, from, until, "测试 Test"));
    }

    @Test
    void statusFollowsTheDates() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(ExemptionService.status("APPROVED", today.plusDays(1), today.plusDays(30), today))
                .isEqualTo(ExemptionStatus.UPCOMING);
        assertThat(ExemptionService.status("APPROVED", today, today.plusDays(8), today)).isEqualTo(ExemptionStatus.ACTIVE);
        assertThat(ExemptionService.status("APPROVED", today, today.plusDays(7), today))
                .isEqualTo(ExemptionStatus.EXPIRING);
        assertThat(ExemptionService.status("APPROVED", today.minusDays(9), today.minusDays(1), today))
                .isEqualTo(ExemptionStatus.EXPIRED);
        assertThat(ExemptionService.status("PENDING", today, today, today)).isEqualTo(ExemptionStatus.PENDING);
        assertThat(ExemptionService.status("REJECTED", today, today, today)).isEqualTo(ExemptionStatus.REJECTED);
    }

    @Test
    void theDemoExemptPlateParksFree() {
        assertThat(atTheEntrance("京A10006")).isEqualTo(Reason.EXEMPT);
    }

    private List<ExemptionRow> rows() {
        return GridKt._findAll(grid());
    }

    @SuppressWarnings("unchecked")
    private static Grid<ExemptionRow> grid() {
        return _get(Grid.class, spec -> spec.withId("exemptions-grid"));
    }
}
