package org.parkgate.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.UnitRow;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Units: created with an owner or by a manager, listed with who lives there and their plates. */
class UnitsViewTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Test
    void anOwnersUnitIsCreatedWithItsBuildingAndListedWithThem() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("黄河", "", "T7-0701"));
        registry.addVehicle(owner, "陕A77701", VehicleKind.CAR, null);
        UI.getCurrent().navigate("units");
        assertThat(_find(Button.class, spec -> spec.withId("units-new"))).as("managers add units").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("units-filter")), "T7-0701");
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.building()).isEqualTo("T7");
            assertThat(row.owners()).isEqualTo("黄河");
            assertThat(row.plates()).isEqualTo("陕A77701");
        });
    }

    @Test
    void aManagerAddsAUnitWithItsAreaAndBadAreasAreRefused() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("units");
        _click(_get(Button.class, spec -> spec.withId("units-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("unit-code")), "S-101");
        _setValue(_get(TextField.class, spec -> spec.withId("unit-building")), "商铺 Shops");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("unit-area")), new BigDecimal("-3"));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText())
                .isEqualTo("Enter the area in square metres above 0, with at most two decimals.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("unit-area")), new BigDecimal("89.50"));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Unit S-101 saved.");
        _setValue(_get(TextField.class, spec -> spec.withId("units-filter")), "S-101");
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.areaM2()).isEqualByComparingTo("89.5");
            assertThat(row.owners()).isEmpty();
        });

        _click(_get(Button.class, spec -> spec.withId("units-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("unit-code")), "S-101");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Unit S-101 already exists.");
    }

    @SuppressWarnings("unchecked")
    private static List<UnitRow> rows() {
        Grid<UnitRow> grid = _get(Grid.class, spec -> spec.withId("units-grid"));
        return GridKt._findAll(grid);
    }
}
