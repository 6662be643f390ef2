package org.parkgate.exemption;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestLanes;
import org.parkgate.access.Reason;
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
