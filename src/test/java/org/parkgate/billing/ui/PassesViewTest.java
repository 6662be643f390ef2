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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.PlateState;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.LotNames;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassPlanRow;
import org.parkgate.billing.PassService;
import org.parkgate.billing.Rate;
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

    @Autowired
    LotNames lotNames;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
        assertThat(_get(FormDialog.class).errorText()).as("the money is a choice said explicitly")
                .isEqualTo("Choose whether the owner pays now at the counter or the pass is left as an invoice.");
        choose(PaymentChoice.Choice.INVOICE);
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
        choose(PaymentChoice.Choice.INVOICE);
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
        choose(PaymentChoice.Choice.INVOICE);
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
            choose(PaymentChoice.Choice.INVOICE);
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
        login("manager", Role.MANAGER);
        PassPlanRow plan = plan(passes.createPlan(new NewPassPlan("重叠测试月卡", PassPeriod.MONTH, 6000, Rate.OWNER,
                PassesView.ALWAYS, 1)));
        login("cashier", Role.CASHIER);
        passes.sell(owner, plan.id(), java.util.List.of("皖A20993"), today);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), "皖A20993");
        _setValue(planField(), plan);
        _setValue(_get(DatePicker.class, spec -> spec.withId("sell-start")), today.plusDays(1));
        choose(PaymentChoice.Choice.INVOICE);
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
    void aCashierSellsAMonthlyPassAndTakesCashInTheSameDialog() {
        long owner = sellDialogFor("柜台付", "8-2001", "皖A30001", monthlyPlan("柜台月卡 Counter monthly", 5000));
        assertThat(_get(Span.class, spec -> spec.withId("sell-unpaid-rule")).getText())
                .isEqualTo("Unpaid passes open the barrier at " + lotNames.lotName("P1") + ": yes.");
        choose(PaymentChoice.Choice.PAY_NOW);
        assertThat(_get(Span.class, spec -> spec.withId("sell-covers")).getText())
                .isEqualTo("Takes 50.00 yuan: this period.");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        List<String> opened = receiptsOpened(); // before the next look-up, which sends pending calls to the "browser"
        NotificationsKt.expectNotifications("Pass sold for 皖A30001. Payment of 50.00 yuan recorded; the receipt opens"
                + " in a new tab.");

        assertThat(count("SELECT COUNT(*) FROM subscription WHERE owner = ?", owner)).as("one period").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE owner = ? AND settled_on IS NOT NULL AND paid = 5000",
                owner)).as("its invoice paid").isEqualTo(1);
        long payment = jdbc.sql("SELECT id FROM payment WHERE owner = ? AND amount = 5000 AND method = 'CASH'"
                + " AND received_by = 'cashier'").param(owner).query(Long.class).single();
        assertThat(opened).as("the receipt opens in a new tab").containsExactly("receipts/" + payment);
    }

    @Test
    void payingNowSaysItPaysTheOlderDebtFirstAndLeavesNothingOwed() {
        long plan = monthlyPlan("欠款月卡 Arrears monthly", 5000);
        long owner = sellDialogFor("先还旧账", "8-2002", "皖A30002", plan);
        LocalDate today = LocalDate.now(clock);
        passes.sell(owner, plan, List.of("皖A30002"), today.minusDays(20)); // owed since then
        // the next month, after the one owed; choosing the day asks again what paying now takes
        _setValue(_get(DatePicker.class, spec -> spec.withId("sell-start")), PassPeriod.MONTH.lastDay(
                today.minusDays(20)).plusDays(1));
        choose(PaymentChoice.Choice.PAY_NOW);
        assertThat(_get(Span.class, spec -> spec.withId("sell-covers")).getText()).isEqualTo("Takes 100.00 yuan: first"
                + " 50.00 yuan the owner already owes on an older invoice (every payment pays the oldest first), then"
                + " 50.00 yuan for this period.");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE owner = ? AND settled_on IS NULL", owner))
                .as("both periods paid").isZero();
        assertThat(count("SELECT COUNT(*) FROM payment WHERE owner = ? AND amount = 10000", owner)).isEqualTo(1);
    }

    @Test
    void leftAsAnInvoiceTheInvoiceIsOpenAndNoMoneyIsRecorded() {
        long owner = sellDialogFor("后付", "8-2003", "皖A30003", monthlyPlan("账单月卡 Invoice monthly", 5000));
        choose(PaymentChoice.Choice.INVOICE);
        assertThat(_find(Span.class, spec -> spec.withId("sell-covers"))).as("nothing to cover").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(receiptsOpened()).isEmpty();
        NotificationsKt.expectNotifications("Pass sold for 皖A30003.");
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE owner = ? AND settled_on IS NULL AND paid = 0", owner))
                .as("the invoice is open").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM payment WHERE owner = ?", owner)).as("no payment").isZero();
    }

    @Test
    void thePlanFieldStartsOnAMonthlyPlanNeverOnAYearlyOne() {
        login("manager", Role.MANAGER);
        passes.createPlan(new NewPassPlan("0 年卡 first by name", PassPeriod.YEAR, 60000, Rate.OWNER, PassesView.ALWAYS,
                1));
        assertThat(passes.plans().getFirst().period()).as("what the list offers first").isEqualTo(PassPeriod.YEAR);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        PassPlanRow initial = planField().getValue();
        assertThat(initial).isNotNull();
        assertThat(initial.period()).isEqualTo(PassPeriod.MONTH);
        assertThat(initial.rate()).as("the owner rate where there is one").isEqualTo(Rate.OWNER);
        assertThat(PassesView.monthly(List.of())).as("no monthly plan: the field starts empty").isEmpty();
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

    /** A cashier's sell dialog open for a new owner's only vehicle, with {@code plan} chosen; the owner. */
    private long sellDialogFor(String name, String unit, String plate, long plan) {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner(name, "", unit));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        UI.getCurrent().navigate("passes");
        _click(_get(Button.class, spec -> spec.withId("passes-sell")));
        _setValue(_get(TextField.class, spec -> spec.withId("sell-plate")), plate);
        _setValue(planField(), plan(plan));
        return owner;
    }

    private long monthlyPlan(String name, long price) {
        login("manager", Role.MANAGER);
        return passes.createPlan(new NewPassPlan(name, PassPeriod.MONTH, price, Rate.OWNER, PassesView.ALWAYS, 1));
    }

    private PassPlanRow plan(long id) {
        return passes.plans().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Select<PassPlanRow> planField() {
        return _get(Select.class, spec -> spec.withId("sell-plan"));
    }

    @SuppressWarnings("unchecked")
    static void choose(PaymentChoice.Choice choice) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("sell-settlement")), choice);
    }

    /**
     * The receipts this tab was asked to open in a new tab since the last look-up: Karibu sends
     * pending JavaScript calls to its mock browser (and forgets them) on every look-up.
     */
    static List<String> receiptsOpened() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("window.open"))
                .flatMap(invocation -> invocation.getParameters().stream().map(String::valueOf))
                .filter(parameter -> parameter.contains("receipts/"))
                .map(parameter -> parameter.replace("\"", ""))
                .toList();
    }

    private int count(String sql, long owner) {
        return jdbc.sql(sql).param(owner).query(Integer.class).single();
    }
}
