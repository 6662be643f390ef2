package org.parkgate.owner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.lane.AccessIndex;
import org.parkgate.owner.VehicleRequest;
import org.parkgate.owner.VehicleRequests;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An owner asks from the portal to add or change a plate; the office approves or rejects on the
 * Requests page; an approval changes the registry and the gate at once, and everything is audited.
 */
class VehicleRequestsTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Autowired
    VehicleRequests requests;

    @Autowired
    JdbcClient jdbc;

    private long owner(String name, String phone, String plate) {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner(name, phone, "REQUEST-" + phone.substring(8)));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal(phone, List.of(owner), null));
        return owner;
    }

    private void askInThePortal(String buttonId, String plate) {
        UI.getCurrent().navigate("owner/vehicles");
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        _setValue(_get(TextField.class, spec -> spec.withId("portal-vehicle-plate")), plate);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
    }

    @Test
    void anAddedPlateIsLetInOnceTheOfficeApproves() {
        long owner = owner("申请业主", "13900200001", "甘C20001");
        askInThePortal("portal-vehicle-add", "甘c 20002");

        VehicleRequest asked = requests.own().getFirst();
        assertThat(asked.plate()).isEqualTo("甘C20002");
        assertThat(asked.status()).isEqualTo(VehicleRequest.Status.PENDING);
        assertThat(_get(Div.class, spec -> spec.withId("portal-vehicle-request-" + asked.id())).getElement()
                .getTextRecursively()).contains("Add 甘C20002", "Waiting for the office");

        SecurityContextHolder.clearContext();
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("requests");
        assertThat(GridKt._findAll(grid())).extracting(VehicleRequest::id).contains(asked.id());
        _click(inRow(asked.id(), "requests-approve-"));

        assertThat(registry.vehiclesOf(owner)).extracting(v -> v.plate()).containsExactly("甘C20001", "甘C20002");
        var state = context.getBean(AccessIndex.class).index().get("甘C20002");
        assertThat(state.account()).as("the gate knows the plate as the owner's").isNotNull();
        assertThat(state.account().accountId()).isEqualTo(owner);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject = '甘C20002' ORDER BY id").query(String.class)
                .list()).containsExactly("VEHICLE_REQUESTED", "VEHICLE_ADDED", "VEHICLE_REQUEST_APPROVED");
    }

    @Test
    void aChangedPlateReplacesTheOldOne() {
        long owner = owner("换牌业主", "13900200011", "甘C20011");
        askInThePortal("portal-vehicle-change-甘C20011", "甘C20012");
        long id = requests.own().getFirst().id();
        SecurityContextHolder.clearContext();
        login("manager", Role.MANAGER);

        requests.approve(id);

        assertThat(registry.vehiclesOf(owner)).extracting(v -> v.plate()).containsExactly("甘C20012");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheOwnerSees() {
        owner("驳回业主", "13900200021", "甘C20021");
        askInThePortal("portal-vehicle-add", "甘C20022");
        long id = requests.own().getFirst().id();
        SecurityContextHolder.clearContext();
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("requests");

        _click(inRow(id, "requests-reject-"));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("form-dialog-error")).getText()).isEqualTo("Say why, for the owner.");
        _setValue(_get(TextField.class, spec -> spec.withId("requests-reason")), "请带行驶证到管理处");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));

        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal("13900200021", List.of(jdbc.sql("SELECT owner FROM vehicle_request WHERE id = ?")
                .param(id).query(Long.class).single()), null));
        UI.getCurrent().navigate("owner/vehicles");
        assertThat(_get(Div.class, spec -> spec.withId("portal-vehicle-request-" + id)).getElement().getTextRecursively())
                .contains("Rejected", "The office: 请带行驶证到管理处");
        assertThat(_find(Button.class, spec -> spec.withId("portal-vehicle-withdraw-" + id))).isEmpty();
    }

    @Test
    void aPlateInTheWrongFormatIsRefusedInTheFormAndNothingIsAsked() {
        owner("错牌业主", "13900200031", "甘C20031");
        askInThePortal("portal-vehicle-add", "ABC");

        assertThat(_get(Span.class, spec -> spec.withId("form-dialog-error")).getText()).isNotBlank();
        assertThat(requests.own()).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("portal-vehicle-plate")), "甘C20031");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("form-dialog-error")).getText())
                .isEqualTo("甘C20031 is registered for you already.");
        assertThat(requests.own()).isEmpty();
    }

    @Test
    void aWaitingRequestCanBeWithdrawnAndIsThenNoLongerForTheOffice() {
        owner("撤回业主", "13900200041", "甘C20041");
        askInThePortal("portal-vehicle-add", "甘C20042");
        long id = requests.own().getFirst().id();

        _click(_get(Button.class, spec -> spec.withId("portal-vehicle-withdraw-" + id)));

        assertThat(requests.own().getFirst().status()).isEqualTo(VehicleRequest.Status.WITHDRAWN);
        SecurityContextHolder.clearContext();
        login("cashier", Role.CASHIER);
        assertThat(requests.forOffice(true, 100)).extracting(VehicleRequest::id).doesNotContain(id);
    }

    /** The button of the request's row, as the office clicks it. */
    private static Button inRow(long requestId, String buttonId) {
        List<VehicleRequest> rows = GridKt._findAll(grid());
        int row = rows.stream().map(VehicleRequest::id).toList().indexOf(requestId);
        return _get(GridKt._getCellComponent(grid(), row, "actions"), Button.class,
                spec -> spec.withId(buttonId + requestId));
    }

    @SuppressWarnings("unchecked")
    private static Grid<VehicleRequest> grid() {
        return _get(Grid.class, spec -> spec.withId("requests-grid"));
    }
}
