package org.parkgate.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.ui.Dependency;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.Rate;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A receipt as the office hands it out, after a payment at the counter: an owner of lot P1 (the
 * demo's company and lot) pays, 10 days after it fell due, a yearly pass with its late fee (0.05 % a
 * day of 600.00: 3.00) and a monthly pass of 10.50 due that day: 613.50 in all, by card.
 */
class ReceiptViewTest extends KaribuTest {

    static final AtomicInteger OWNERS = new AtomicInteger();

    @Autowired
    RegistryService registry;

    @Autowired
    PassService passes;

    String name;
    String unit;
    String yearPlate;
    String monthPlate;
    LocalDate yearFrom;
    LocalDate today;

    @BeforeEach
    void anOwnerWithAPassOverdueAndOneDueToday() {
        login("manager", Role.MANAGER);
        long yearly = allDayPlan("收据年卡", PassPeriod.YEAR, 60000);
        long monthly = allDayPlan("收据月卡", PassPeriod.MONTH, 1050);
        int n = OWNERS.incrementAndGet();
        name = "收据业主" + n;
        unit = "R7-0" + n;
        yearPlate = "蒙K2000" + n;
        monthPlate = "蒙K2100" + n;
        long owner = registry.createOwner(new NewOwner(name, "", unit));
        registry.addVehicle(owner, yearPlate, VehicleKind.CAR, null);
        registry.addVehicle(owner, monthPlate, VehicleKind.CAR, null);
        yearFrom = LocalDate.now(clock);
        passes.sell(owner, yearly, List.of(yearPlate), yearFrom);
        clock.advance(Duration.ofDays(10));
        today = LocalDate.now(clock);
        passes.sell(owner, monthly, List.of(monthPlate), today);
    }

    @AfterEach
    void backToTheTestsStart() {
        clock.reset();
    }

    @Test
    void aPaymentAtTheCounterGivesAReceiptWithEverythingTheOfficeHandsOut() {
        PaymentRow paid = payByCard();
        UI.getCurrent().navigate("receipts/" + paid.id());

        assertThat(text("receipt-company")).isEqualTo("示范物业服务有限公司 Demo Property Services");
        assertThat(text("receipt-lot")).isEqualTo("1号停车场 Lot P1");
        assertThat(text("receipt-number")).isEqualTo(paid.receiptNo()).startsWith("R2026-");
        assertThat(text("receipt-time")).as("local time in Shanghai")
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(paid.receivedAt().atZone(ZoneId.of("Asia/Shanghai"))))
                .startsWith(today.toString());
        assertThat(text("receipt-owner")).isEqualTo(name);
        assertThat(text("receipt-unit")).isEqualTo(unit);
        assertThat(text("receipt-plates")).isEqualTo(yearPlate + " " + monthPlate);

        assertThat(text("receipt-item-0-what")).isEqualTo("收据年卡");
        assertThat(text("receipt-item-0-period")).isEqualTo(yearFrom + " to " + PassPeriod.YEAR.lastDay(yearFrom));
        assertThat(text("receipt-item-0-plates")).isEqualTo(yearPlate);
        assertThat(text("receipt-item-0-amount")).isEqualTo("603.00");
        assertThat(text("receipt-item-0-late-fee")).isEqualTo("of which late fee 3.00");
        assertThat(text("receipt-item-1-what")).isEqualTo("收据月卡");
        assertThat(text("receipt-item-1-period")).isEqualTo(today + " to " + PassPeriod.MONTH.lastDay(today));
        assertThat(text("receipt-item-1-amount")).isEqualTo("10.50");
        assertThat(_find(Div.class, spec -> spec.withId("receipt-item-1-late-fee"))).as("no late fee").isEmpty();

        assertThat(text("receipt-total")).isEqualTo("¥613.50");
        assertThat(text("receipt-capitals")).isEqualTo("人民币陆佰壹拾叁元伍角整");
        assertThat(_find(Span.class, spec -> spec.withText("Amount in Chinese capitals (大写): "))).hasSize(1);
        assertThat(text("receipt-method")).isEqualTo("Card · POS 8812");
        assertThat(text("receipt-cashier")).isEqualTo("cashier");
        assertThat(_find(Div.class, spec -> spec.withId("receipt-stamp"))).as("a valid receipt").isEmpty();
        assertThat(UI.getCurrent().getInternals().getDependencyList()
                .getDependencyByUrl("parkgate/receipt-a5.css", Dependency.Type.STYLESHEET))
                .as("the print stylesheet of parkgate.receipts.paper").isNotNull();

        UI.getCurrent().setLocale(Translations.CHINESE);
        UI.getCurrent().navigate("receipts/" + paid.id());
        assertThat(text("receipt-item-0-period")).isEqualTo(yearFrom + " 至 " + PassPeriod.YEAR.lastDay(yearFrom));
        assertThat(text("receipt-item-0-late-fee")).isEqualTo("其中滞纳金 3.00");
        assertThat(_find(Span.class, spec -> spec.withText("金额（大写）："))).hasSize(1);
        assertThat(text("receipt-capitals")).isEqualTo("人民币陆佰壹拾叁元伍角整");
        assertThat(text("receipt-method")).isEqualTo("刷卡 · POS 8812");
    }

    @Test
    void theReceiptsPdfIsAnA5PageWithTheSameText() throws Exception {
        PaymentRow paid = payByCard();
        UI.getCurrent().navigate("receipts/" + paid.id());

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("receipt-pdf")));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A5.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(paid.receiptNo(), "人民币陆佰壹拾叁元伍角整", "¥613.50", "示范物业服务有限公司",
                    "1号停车场 Lot P1", name, unit, yearPlate, "收据年卡", "of which late fee 3.00", "Card · POS 8812",
                    "Cashier: cashier");
        }
    }

    private long allDayPlan(String name, PassPeriod period, long price) {
        return passes.createPlan(new NewPassPlan(name, period, price, Rate.OWNER, "MON-SUN 00:00-24:00", 1));
    }

    /** Pays what the owner owes, by card, at the counter; the payment as the counter lists it. */
    @SuppressWarnings("unchecked")
    private PaymentRow payByCard() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("payments");
        _setValue(_get(TextField.class, spec -> spec.withId("payment-search")), unit);
        _click(_get(Button.class, spec -> spec.withId("payment-find")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("payment-amount")).getValue())
                .isEqualByComparingTo("613.50");
        _setValue(_get(Select.class, spec -> spec.withId("payment-method")), PaymentMethod.CARD);
        _setValue(_get(TextField.class, spec -> spec.withId("payment-reference")), "POS 8812");
        _click(_get(Button.class, spec -> spec.withId("payment-record")));
        Grid<PaymentRow> grid = _get(Grid.class, spec -> spec.withId("payments-grid"));
        return GridKt._findAll(grid).stream().filter(row -> row.ownerName().equals(name)).findFirst().orElseThrow();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
