package org.parkgate.registry.ui;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.lane.AccessIndex;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryException;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.SpaceRow;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class SpacesViewTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Autowired
    AccessIndex accessIndex;

    @Test
    void anAssignedSpaceReachesTheGateAndCanBeFreedAgain() {
        login("manager", Role.MANAGER);
        long owner = registry.createOwner(new NewOwner("韩梅梅", "", "2-2202"));
        registry.addVehicle(owner, "湘A12345", VehicleKind.CAR, null);
        UI.getCurrent().navigate("spaces");

        _click(_get(Button.class, spec -> spec.withId("spaces-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("space-number")), "b-101");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Space b-101 created.");
        SpaceRow space = rows().stream().filter(row -> row.number().equals("B-101")).findFirst().orElseThrow();
        assertThat(space.ownerId()).isNull();

        assign(space, "湘a12345");
        assertThat(accessIndex.index().get("湘A12345").account().assignedSpace()).isTrue();
        assertThat(rows().stream().filter(row -> row.id() == space.id()).findFirst().orElseThrow().ownerName())
                .isEqualTo("韩梅梅");

        assign(space, "");
        assertThat(accessIndex.index().get("湘A12345").account().assignedSpace()).isFalse();
    }

    @Test
    void aSpaceNumberIsUniqueInItsLot() {
        login("admin", Role.ADMIN);
        registry.addSpace("P1", "C-1");
        UI.getCurrent().navigate("spaces");
        _click(_get(Button.class, spec -> spec.withId("spaces-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("space-number")), "c-1");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Space C-1 already exists in lot 1号停车场 Lot P1.");
    }

    @Test
    void lotsAreChosenAndShownByTheirNames() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("spaces");
        _click(_get(Button.class, spec -> spec.withId("spaces-new")));
        @SuppressWarnings("unchecked")
        Select<String> lot = _get(Select.class, spec -> spec.withId("space-lot"));
        assertThat(lot.getValue()).isEqualTo("P1");
        assertThat(lot.getItemLabelGenerator().apply("P1")).isEqualTo("1号停车场 Lot P1");
        _setValue(_get(TextField.class, spec -> spec.withId("space-number")), "n-7");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        int row = rows().indexOf(rows().stream().filter(r -> r.number().equals("N-7")).findFirst().orElseThrow());
        assertThat(GridKt._getFormattedRow(grid(), row).getFirst()).isEqualTo("1号停车场 Lot P1");
        assertThatThrownBy(() -> registry.addSpace("P9", "1")).isInstanceOf(RegistryException.class)
                .hasMessage("error.space.lot-unknown");
    }

    private void assign(SpaceRow space, String plate) {
        int row = rows().indexOf(rows().stream().filter(r -> r.id() == space.id()).findFirst().orElseThrow());
        _click(_get(GridKt._getCellComponent(grid(), row, "actions"), Button.class,
                spec -> spec.withId("assign-" + space.id())));
        _setValue(_get(TextField.class, spec -> spec.withId("space-plate")), plate);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Space " + space.number() + " saved.");
    }

    private List<SpaceRow> rows() {
        return GridKt._findAll(grid());
    }

    @SuppressWarnings("unchecked")
    private static Grid<SpaceRow> grid() {
        return _get(Grid.class, spec -> spec.withId("spaces-grid"));
    }
}
