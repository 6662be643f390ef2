package org.parkgate.billing.ui;

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
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.PlateState;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.billing.PassPlanRow;
import org.parkgate.lane.AccessIndex;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class PassesViewTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Autowired
    AccessIndex accessIndex;

    @Test
    void aCashierSellsAPassForARegisteredPlateAndTheGateKnowsAtOnce() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("吴刚", "", "8-1001"));
        registry.addVehicle(owner, "皖A12345", VehicleKind.CAR, null);
        UI.getCurrent().navigate("passes");
        assertThat(_find(Button.class, spec -> spec.withId("passes-new-plan"))).as("plans are for managers").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "皖a12345");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Pass sold for 皖A12345.");

        PlateState state = accessIndex.index().get("皖A12345");
        assertThat(state.account().pass()).isNotNull();
        assertThat(state.account().pass().paidThroughMillis()).isGreaterThan(clock.millis());
    }

    @Test
    void onePassCoversSeveralVehiclesOfTheOwner() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("两车", "", "8-1002"));
        registry.addVehicle(owner, "皖A22221", VehicleKind.CAR, null);
        registry.addVehicle(owner, "皖A22222", VehicleKind.CAR, null);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "皖A22221，皖a 22222");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Pass sold for 皖A22221, 皖A22222.");
        assertThat(accessIndex.index().get("皖A22221").account().pass()).isNotNull();
        assertThat(accessIndex.index().get("皖A22222").account().pass()).isNotNull();
    }

    @Test
    void anUnregisteredPlateGetsNoPass() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "赣A99999");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("The plate 赣A99999 is not registered to any owner.");
        assertThat(accessIndex.index().get("赣A99999")).isNull();
    }

    @Test
    void aManagerCreatesAPlanPricedInYuan() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-new-plan")));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-name")), "周末卡 Weekends");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("plan-price")), new BigDecimal("12.50"));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-windows")), "SAT-SUN 00:00-24:00");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Plan 周末卡 Weekends created.");

        @SuppressWarnings("unchecked")
        Grid<PassPlanRow> grid = _get(Grid.class, spec -> spec.withId("plans-grid"));
        PassPlanRow weekends = GridKt._findAll(grid).stream().filter(p -> p.name().startsWith("周末卡")).findFirst()
                .orElseThrow();
        assertThat(weekends.price()).isEqualTo(1250);
        assertThat(weekends.windows()).isEqualTo("SAT-SUN 00:00-24:00");
    }

    @Test
    void aPriceWithMoreThanTwoDecimalsIsRefused() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-new-plan")));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-name")), "怪价");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("plan-price")), new BigDecimal("12.345"));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Enter a price in yuan with at most two decimals.");
    }
}
