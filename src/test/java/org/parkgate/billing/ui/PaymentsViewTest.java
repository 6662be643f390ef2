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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.Rate;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The counter: find the owner, take the money, print the receipt; only a manager voids. */
class PaymentsViewTest extends KaribuTest {

    static final AtomicInteger OWNERS = new AtomicInteger();

    @Autowired
    RegistryService registry;

    @Autowired
    PassService passes;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String unit;
    String name;
    long owner;

    @BeforeEach
    void anOwnerWhoOwesAYear() {
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("收费测试年卡", PassPeriod.YEAR, 60000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        int n = OWNERS.incrementAndGet();
        unit = "T5-050" + n;
        name = "缴费人" + n;
        owner = registry.createOwner(new NewOwner(name, "", unit));
        registry.addVehicle(owner, "晋A1000" + n, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of("晋A1000" + n), LocalDate.now(clock));
    }

    @Test
    void aCashierTakesTheMoneyAndOnlyAManagerVoidsIt() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("payments");
        findOwner();
        assertThat(_get(Span.class, spec -> spec.withId("payment-total")).getText()).isEqualTo("Owed today: 600.00 yuan");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("payment-amount")).getValue())
                .isEqualByComparingTo("600.00");
        _click(_get(Button.class, spec -> spec.withId("payment-record")));
        NotificationsKt.expectNotifications("Payment of 600.00 yuan recorded; the receipt opens in a new tab.");
        assertThat(_get(Span.class, spec -> spec.withId("payment-total")).getText()).isEqualTo("Owed today: 0.00 yuan");

        PaymentRow paid = myPayment();
        assertThat(paid.receivedBy()).isEqualTo("cashier");
        assertThat(_find(actionsOf(paid), Button.class)).as("cashiers do not void or refund").isEmpty();
        assertThat(_get(actionsOf(paid), com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("receipts/" + paid.id());

        UI.getCurrent().navigate("receipts/" + paid.id());
        assertThat(_get(Span.class, spec -> spec.withId("receipt-number")).getText()).isEqualTo(paid.receiptNo());
        assertThat(_get(Span.class, spec -> spec.withId("receipt-total")).getText()).isEqualTo("¥600.00");
        assertThat(_get(Span.class, spec -> spec.withId("receipt-owner")).getText()).isEqualTo(name);
        assertThat(_find(Div.class, spec -> spec.withId("receipt-stamp"))).isEmpty();

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("payments");
        assertThat(_find(actionsOf(paid), Button.class)).extracting(button -> button.getText())
                .containsExactly("Void", "Refund");
        _click(_get(actionsOf(paid), Button.class, spec -> spec.withId("void-" + paid.id())));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Give the reason (at most 200 characters).");
        _setValue(_get(TextField.class, spec -> spec.withId("reversal-reason")), "收错了业主");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Receipt " + paid.receiptNo() + " voided; what it paid is owed again.");
        assertThat(myPayment().status().name()).isEqualTo("VOIDED");
        findOwner();
        assertThat(_get(Span.class, spec -> spec.withId("payment-total")).getText()).isEqualTo("Owed today: 600.00 yuan");

        UI.getCurrent().navigate("receipts/" + paid.id());
        assertThat(_get(Div.class, spec -> spec.withId("receipt-stamp")).getText()).isEqualTo("Voided");
    }

    @Test
    void moreThanOwedIsRefusedAndNothingIsRecorded() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("payments");
        findOwner();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("payment-amount")), new BigDecimal("700"));
        _click(_get(Button.class, spec -> spec.withId("payment-record")));
        NotificationsKt.expectNotifications("700.00 yuan is more than the owner owes (600.00 yuan).");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("payment-amount")), new BigDecimal("0.001"));
        _click(_get(Button.class, spec -> spec.withId("payment-record")));
        NotificationsKt.expectNotifications("Enter an amount in yuan above 0 with at most two decimals.");
        assertThat(payments().stream().filter(row -> row.ownerName().equals(name))).isEmpty();
    }

    @Test
    void theOwnersPayLinkShowsOnlyTheirBillAndPaysItAll() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("payments");
        findOwner();
        _click(_get(Button.class, spec -> spec.withId("payment-pay-link")));
        String link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("payment-pay-link-url"))
                .getHref();
        assertThat(link).startsWith("http://localhost:8080/pay-owner/");

        org.springframework.security.core.context.SecurityContextHolder.clearContext(); // the owner's phone
        UI.getCurrent().navigate(link.substring("http://localhost:8080/".length()));
        assertThat(_get(Span.class, spec -> spec.withId("owner-owed")).getText()).isEqualTo("Owed today: 600.00 yuan");
        assertThat(_get(Span.class, spec -> spec.withId("owner-plates")).getText()).matches("晋A1\\*\\*0\\d");
        _click(_get(Button.class, spec -> spec.withId("owner-pay-all")));
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).isEqualTo("600.00 yuan");

        UI.getCurrent().navigate("pay-owner/not-a-token");
        assertThat(_get(Span.class, spec -> spec.withId("owner-owed")).getText()).isEqualTo("This payment link is not valid.");
    }

    @Test
    void payingEverythingTwiceIsOneOrder() {
        login("cashier", Role.CASHIER);
        String page = ownersPayPage();
        org.springframework.security.core.context.SecurityContextHolder.clearContext(); // the owner's phone

        UI.getCurrent().navigate(page);
        _click(_get(Button.class, spec -> spec.withId("owner-pay-all")));
        String first = location();
        UI.getCurrent().navigate(page);
        _click(_get(Button.class, spec -> spec.withId("owner-pay-all")));

        assertThat(location()).as("the same pay page").startsWith("pay/").isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_order WHERE owner = ? AND purpose = 'ARREARS'").param(owner)
                .query(Integer.class).single()).as("orders in the database").isEqualTo(1);
    }

    @Test
    void guardsSeeNoneOfTheMoneyPages() {
        login("guard", Role.GUARD);
        for (String page : List.of("payments", "invoices", "ledger", "arrears", "terms", "receipts/1")) {
            UI.getCurrent().navigate(page);
            assertThat(_find(Grid.class)).as(page).isEmpty();
            assertThat(_find(Button.class, spec -> spec.withId("receipt-print"))).as(page).isEmpty();
        }
    }

    /** The owner's pay page as the counter shows its link, without the public URL. */
    private String ownersPayPage() {
        UI.getCurrent().navigate("payments");
        findOwner();
        _click(_get(Button.class, spec -> spec.withId("payment-pay-link")));
        return _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("payment-pay-link-url")).getHref()
                .substring("http://localhost:8080/".length());
    }

    @Test
    void findingNobodyIsSaidPlainlyNotAsASuccess() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("payments");
        NotificationsKt.clearNotifications();
        _setValue(_get(TextField.class, spec -> spec.withId("payment-search")), "无此业主");
        _click(_get(Button.class, spec -> spec.withId("payment-find")));
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(shown -> {
            assertThat(shown.getElement().getProperty("text")).isEqualTo("Nobody matches 无此业主.");
            assertThat(shown.getThemeNames()).doesNotContain("success", "error");
        });
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private void findOwner() {
        _setValue(_get(TextField.class, spec -> spec.withId("payment-search")), unit);
        _click(_get(Button.class, spec -> spec.withId("payment-find")));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.Component actionsOf(PaymentRow payment) {
        Grid<PaymentRow> grid = _get(Grid.class, spec -> spec.withId("payments-grid"));
        return GridKt._getCellComponent(grid, payments().indexOf(payment), "actions");
    }

    private PaymentRow myPayment() {
        return payments().stream().filter(row -> row.ownerName().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<PaymentRow> payments() {
        Grid<PaymentRow> grid = _get(Grid.class, spec -> spec.withId("payments-grid"));
        return GridKt._findAll(grid);
    }
}
