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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.PlateState;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.billing.PassPlanRow;
import org.parkgate.billing.PassService;
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

    @Autowired
    PassService passes;

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
        assertThat(sellDialogSays("赣A99999")).isEqualTo("The plate 赣A99999 is not registered to any owner.");
        assertThat(accessIndex.index().get("赣A99999")).isNull();
    }

    @Test
    void aPassNeedsAPlate() {
        assertThat(sellDialogSays(" ， ")).isEqualTo("A plate is required.");
        long owner = registry.createOwner(new NewOwner("空车牌", "", "8-1006"));
        long plan = passes.plans().getFirst().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> passes.sell(owner, plan, List.of(" "),
                LocalDate.now(clock))).hasMessage("error.plate.required");
    }

    @Test
    void aFirstDayYearsAheadIsRefusedInTheDialog() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("远期", "", "8-1003"));
        registry.addVehicle(owner, "皖A20991", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "皖A20991");
        _setValue(_get(DatePicker.class, spec -> spec.withId("sell-start")), LocalDate.of(2099, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("A pass starts from " + today.minusDays(31) + " to "
                + today.plusYears(1) + ": at most 31 days ago and at most a year from today.");
        assertThat(accessIndex.index().get("皖A20991").account().pass()).as("nothing sold").isNull();
    }

    @Test
    void sellingTheSamePassTwiceSaysSo() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("两次", "", "8-1004"));
        registry.addVehicle(owner, "皖A20992", VehicleKind.CAR, null);
        UI.getCurrent().navigate("passes");
        for (int time = 1; time <= 2; time++) {
            _click(_get(Button.class, spec -> spec.withId("passes-sell")));
            _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "皖A20992");
            _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        }
        NotificationsKt.expectNotifications("Pass sold for 皖A20992.");
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("This owner already has this plan from "
                + LocalDate.now(clock) + ". A plan is sold to an owner once per first day: sell one period for all the"
                + " vehicles, or choose another first day.");
    }

    @Test
    void anOverlappingPassIsSoldOnlyOnceTheCashierTicksIt() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("重叠", "", "8-1005"));
        registry.addVehicle(owner, "皖A20993", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        PassPlanRow plan = passes.plans().getFirst(); // the one the dialog offers first
        passes.sell(owner, plan.id(), java.util.List.of("皖A20993"), today);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "皖A20993");
        _setValue(_get(DatePicker.class, spec -> spec.withId("sell-start")), today.plusDays(1));
        assertThat(_find(Checkbox.class, spec -> spec.withId("sell-overlap"))).as("offered once needed").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("皖A20993 already has a pass (" + plan.name() + ") from "
                + today + " to " + plan.period().lastDay(today) + ": a second one for the same days is paid twice."
                + " Tick \"Sell although it overlaps\" to sell it anyway.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("sell-overlap")), true);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Pass sold for 皖A20993.");
    }

    /** What the sell dialog says when a cashier types {@code plates} and saves. */
    private static String sellDialogSays(String plates) {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), plates);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        return _get(FormDialog.class).errorText();
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
