package org.parkgate.ownerfile.ui;

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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.base.Money;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassPeriodRow;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.exemption.ExemptionKind;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.exemption.NewExemption;
import org.parkgate.lane.LaneController;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One owner's file: an owner of this test's own with a vehicle, a pass, an invoice 40 days overdue
 * (restricted), a payment, a collection note, an exemption request and passages; each section
 * shows them, the lists that name the owner lead there, and only the office may open it.
 */
class OwnerFileViewTest extends KaribuTest {

    private static final AtomicInteger OWNERS = new AtomicInteger();

    @Autowired
    RegistryService registry;
    @Autowired
    PassService passes;
    @Autowired
    PaymentService payments;
    @Autowired
    ArrearsService arrears;
    @Autowired
    ExemptionService exemptions;
    @Autowired
    LaneController lanes;

    private record Owner(long id, String name, String unit, String plate, String plan) {
    }

    @AfterEach
    void clockAsFound() {
        clock.reset();
    }

    /** Sold a month today and through the lanes once; then 40 days later a little paid on it. */
    private Owner anOwnerWhoOwes(boolean overdue) {
        login("manager", Role.MANAGER);
        int n = OWNERS.incrementAndGet();
        String plan = "档案月卡" + n;
        long planId = passes.createPlan(new NewPassPlan(plan, PassPeriod.MONTH, 6000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        String unit = "OF-" + n;
        String name = "档案业主" + n;
        String plate = "闽A7%04d".formatted(n);
        long owner = registry.createOwner(new NewOwner(name, "", unit));
        registry.addVehicle(owner, plate, VehicleKind.SUV, "白");
        passes.sell(owner, planId, List.of(plate), LocalDate.now(clock));
        lanes.plateRead("in-1", plate, 95, null);
        lanes.plateRead("out-1", plate, 95, null);
        login("cashier", Role.CASHIER);
        if (overdue) {
            clock.advance(Duration.ofDays(40));
            payments.recordAtCounter(owner, 1000, PaymentMethod.CASH, null); // and the stage follows
        }
        return new Owner(owner, name, unit, plate, plan);
    }

    @Test
    void everySectionShowsWhatTheOfficeKnowsOfTheOwner() {
        Owner owner = anOwnerWhoOwes(true);
        arrears.addNote(owner.id(), "电话催缴，业主答应周五来交");
        exemptions.request(new NewExemption(owner.plate(), false, ExemptionKind.FULL, 0, LocalDate.now(clock),
                LocalDate.now(clock).plusDays(30), "残疾人车辆"));
        long lateFee = payments.balance(owner.id()).items().getFirst().lateFee();
        assertThat(lateFee).as("40 days at 0.05 % a day").isPositive();

        UI.getCurrent().navigate("owner/" + owner.id());
        assertThat(_get(H2.class, spec -> spec.withId("owner-file-name")).getText()).isEqualTo(owner.name());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Owner file: " + owner.name());
        assertThat(text("owner-file-unit")).isEqualTo(owner.unit());
        assertThat(text("owner-file-unit-owners")).isEqualTo(owner.name());
        assertThat(text("owner-file-language")).isEqualTo("Chinese");
        assertThat(row("owner-file-vehicles", 0)).isEqualTo(owner.plate() + " | SUV | 白");

        assertThat(row("owner-file-passes", 0)).startsWith(owner.plan()).contains(owner.plate(), "Renews");
        assertThat(row("owner-file-invoices", 0)).startsWith(owner.plan())
                .contains("60.00", Money.yuan(lateFee), "10.00", Money.yuan(6000 + lateFee - 1000), "Open");

        long paymentId = payments.paymentsOf(owner.id()).getFirst().id();
        assertThat(row("owner-file-payments", 0)).contains("10.00", "Cash", "cashier");
        assertThat(((Anchor) GridKt._getCellComponent(grid("owner-file-payments"), 0, "receipt")).getHref())
                .isEqualTo("receipts/" + paymentId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("arrears-summary")).getText()).startsWith("Restricted");
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-file-arrears-due")).getText())
                .isEqualTo("Past due today: " + Money.yuan(6000 + lateFee - 1000) + " yuan, of which late fees "
                        + Money.yuan(lateFee) + " yuan.");
        assertThat(row("arrears-history", 0)).contains("Active → Restricted");
        assertThat(row("arrears-notes", 0)).contains("cashier", "电话催缴，业主答应周五来交");

        assertThat(row("owner-file-exemptions", 0)).contains(owner.plate(), "残疾人车辆", "Waiting for approval");
        assertThat(GridKt._findAll(grid("owner-file-reminders"))).as("the stage change was told")
                .isNotEmpty();
        assertThat(row("owner-file-reminders", 0)).contains("Now restricted");
        assertThat(GridKt._findAll(grid("owner-file-passages"))).hasSize(2);
        assertThat(row("owner-file-passages", 0)).contains("东门出口 East exit", owner.plate());
        assertThat(row("owner-file-passages", 1)).contains("东门入口 East entrance", owner.plate());
    }

    @Test
    void theListsThatNameTheOwnerLeadToTheirFile() {
        Owner owner = anOwnerWhoOwes(true);
        UI.getCurrent().navigate("owners");
        _setValue(_get(TextField.class, spec -> spec.withId("owners-filter")), owner.unit());
        Grid<?> owners = grid("owners-grid");
        assertThat(GridKt._getFormattedRow(owners, 0)).as("pass until, and the stage")
                .contains(PassPeriod.MONTH.lastDay(LocalDate.now(clock).minusDays(40)).toString(), "Restricted");
        assertThat(link(owners, "NAME")).isEqualTo("owner/" + owner.id());

        UI.getCurrent().navigate("arrears");
        _setValue(_get(TextField.class, spec -> spec.withId("arrears-filter")), owner.unit());
        assertThat(link(grid("arrears-grid"), "name")).isEqualTo("owner/" + owner.id());

        UI.getCurrent().navigate("payments");
        assertThat(link(grid("payments-grid"), "owner")).as("today's payments").isEqualTo("owner/" + owner.id());

        UI.getCurrent().navigate("invoices");
        _setValue(_get(TextField.class, spec -> spec.withId("invoices-filter")), owner.unit());
        assertThat(link(grid("invoices-grid"), "owner")).isEqualTo("owner/" + owner.id());

        UI.getCurrent().navigate("delivery-log");
        _setValue(_get(TextField.class, spec -> spec.withId("delivery-filter")), owner.unit());
        assertThat(link(grid("delivery-grid"), "owner")).isEqualTo("owner/" + owner.id());

        UI.getCurrent().navigate("passages");
        _setValue(_get(TextField.class, spec -> spec.withId("passages-plate")), owner.plate());
        assertThat(link(grid("passages-grid"), "owner")).isEqualTo("owner/" + owner.id());

        UI.getCurrent().navigate(link(grid("passages-grid"), "owner"));
        assertThat(_get(H2.class, spec -> spec.withId("owner-file-name")).getText()).isEqualTo(owner.name());
    }

    @Test
    void fromTheFileTheOfficeTakesMoneySellsAndRenewsAndRequestsAnExemption() {
        Owner owner = anOwnerWhoOwes(false);
        UI.getCurrent().navigate("owner/" + owner.id());
        _click(_get(Button.class, spec -> spec.withId("owner-file-take-payment")));
        assertThat(_get(Span.class, spec -> spec.withId("payment-total")).getText()).isEqualTo("Owed today: 60.00 yuan");
        assertThat(_get(Span.class, spec -> spec.withId("payment-owner-file")).getChildren().findFirst()
                .map(link -> ((Anchor) link).getHref())).hasValue("owner/" + owner.id());

        UI.getCurrent().navigate("owner/" + owner.id());
        _click(_get(Button.class, spec -> spec.withId("owner-file-sell-pass")));
        assertThat(_get(TextField.class, spec -> spec.withId("sell-plate")).getValue()).isEqualTo(owner.plate());
        _click(_get(Button.class, spec -> spec.withId("form-dialog-cancel")));

        UI.getCurrent().navigate("owner/" + owner.id());
        long period = ((PassPeriodRow) GridKt._get(grid("owner-file-passes"), 0)).id();
        _click(_get(GridKt._getCellComponent(grid("owner-file-passes"), 0, "actions"), Button.class,
                spec -> spec.withId("renew-" + period)));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        String next = LocalDate.now(clock).plusMonths(1).toString();
        NotificationsKt.expectNotifications("The next period of " + owner.plan() + " from " + next
                + " is sold; its invoice is listed below.");
        assertThat(GridKt._findAll(grid("owner-file-passes"))).hasSize(2);
        assertThat(row("owner-file-passes", 0)).contains(next, "Renews");
        assertThat(row("owner-file-passes", 1)).contains("Renewed");
        assertThat(GridKt._findAll(grid("owner-file-invoices"))).hasSize(2);

        _click(_get(Button.class, spec -> spec.withId("owner-file-request-exemption")));
        assertThat(_get(TextField.class, spec -> spec.withId("exemption-plate")).getValue()).isEqualTo(owner.plate());
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-reason")), "物业员工");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Exemption for " + owner.plate() + " requested; a manager decides.");
        assertThat(row("owner-file-exemptions", 0)).contains("物业员工");
    }

    @Test
    void aGuardCannotOpenItAndSeesNoOwnerInThePassages() {
        Owner owner = anOwnerWhoOwes(false);
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("owner/" + owner.id());
        assertThat(_find(H2.class, spec -> spec.withId("owner-file-name"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-not-found")).getText())
                .isEqualTo("This page does not exist, or your role may not open it.");
        UI.getCurrent().navigate("passages");
        assertThat(grid("passages-grid").getColumnByKey("owner")).isNull();
    }

    @Test
    void anUnknownOwnerIsSaidSoInBothLanguages() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("owner/987654321");
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-file-unknown")).getText())
                .isEqualTo("There is no owner with the number 987654321.");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("owner/987654322");
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-file-unknown")).getText())
                .isEqualTo("没有编号为 987654322 的业主。");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** The row's cells as shown, separated by " | ". */
    private static String row(String gridId, int index) {
        return String.join(" | ", GridKt._getFormattedRow(grid(gridId), index));
    }

    /** Where the owner's name in the first row of {@code grid} leads. */
    private static String link(Grid<?> grid, String columnKey) {
        return ((Anchor) GridKt._getCellComponent(grid, 0, columnKey)).getHref();
    }
}
