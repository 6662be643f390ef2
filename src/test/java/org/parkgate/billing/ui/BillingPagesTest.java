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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.billing.InvoiceRow;
import org.parkgate.billing.LateFeeBasis;
import org.parkgate.billing.LedgerLine;
import org.parkgate.billing.LotTerms;
import org.parkgate.billing.LotTermsService;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Invoices, the ledger and contract terms as the office uses them, with the demo data. */
class BillingPagesTest extends KaribuTest {

    @Autowired
    LotTermsService terms;

    @Test
    void theInvoiceListShowsWhatTheDemoOwnersOweAndOnlyManagersIssueByHand() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("invoices");
        assertThat(_find(Button.class, spec -> spec.withId("invoices-run"))).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("invoices-filter")), "京A10005");
        List<InvoiceRow> open = invoices();
        assertThat(open).as("three unpaid months").hasSize(3).allSatisfy(row -> {
            assertThat(row.amount()).isEqualTo(6000);
            assertThat(row.owed()).isEqualTo(row.amount() + row.lateFee());
        });
        assertThat(open.getLast().lateFee()).as("the oldest has the largest late fee")
                .isGreaterThan(open.getFirst().lateFee());

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate(""); // a new page, so the button is decided for the manager
        UI.getCurrent().navigate("invoices");
        _click(_get(Button.class, spec -> spec.withId("invoices-run")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .matches("\\d+ invoices issued to \\d+ owners\\."));
    }

    @Test
    void theLedgerTotalsTheDemoPaymentsByMethodAndOffersExports() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("ledger");
        @SuppressWarnings("unchecked")
        Grid<LedgerLine> grid = _get(Grid.class, spec -> spec.withId("ledger-grid"));
        List<LedgerLine> lines = GridKt._findAll(grid);
        assertThat(lines).as("the demo payments of today").isNotEmpty();
        long sum = lines.stream().mapToLong(LedgerLine::amount).sum();
        assertThat(_get(Span.class, spec -> spec.withId("ledger-totals")).getText())
                .startsWith("Total " + org.parkgate.base.Money.yuan(sum) + " yuan.");
        assertThat(_get(Anchor.class, spec -> spec.withId("ledger-export-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("ledger-export-xlsx")).getHref()).isNotBlank();
    }

    @Test
    void aManagerAddsTermsForALotAndBadTermsAreRefusedInTheDialog() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("terms");
        _click(_get(Button.class, spec -> spec.withId("terms-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("terms-lot")), "P9");
        _setValue(_get(IntegerField.class, spec -> spec.withId("terms-grace-days")), 40);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText())
                .isEqualTo("Grace days cannot be negative, and restriction cannot come before the grace ends.");
        assertThat(terms.all()).doesNotContainKey("P9");

        _setValue(_get(IntegerField.class, spec -> spec.withId("terms-grace-days")), 5);
        @SuppressWarnings("unchecked")
        Select<LateFeeBasis> basis = _get(Select.class, spec -> spec.withId("terms-basis"));
        _setValue(basis, LateFeeBasis.PER_MONTH);
        _setValue(_get(TextField.class, spec -> spec.withId("terms-rate")), "1.5");
        _setValue(_get(TextField.class, spec -> spec.withId("terms-cap")), "20");
        Checkbox unpaidOpens = _get(Checkbox.class, spec -> spec.withId("terms-unpaid-opens"));
        assertThat(unpaidOpens.getValue()).as("a new lot opens for unpaid passes, as lots did before").isTrue();
        _setValue(unpaidOpens, false);
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("Terms of lot P9 saved.");
        assertThat(terms.all().get("P9"))
                .isEqualTo(new LotTerms("P9", 10, 5, 30, 3, LateFeeBasis.PER_MONTH, 150, 1, 2000, false));
        @SuppressWarnings("unchecked")
        Grid<LotTerms> grid = _get(Grid.class, spec -> spec.withId("terms-grid"));
        assertThat(GridKt._getFormattedRow(grid, GridKt._size(grid) - 1))
                .contains("1.5% per month begun from day 1, at most 20% of the amount", "No");
        int p1 = GridKt._findAll(grid).stream().map(LotTerms::lot).toList().indexOf("P1");
        assertThat(GridKt._getFormattedRow(grid, p1)).as("a lot by its name").contains("1号停车场 Lot P1");
    }

    @SuppressWarnings("unchecked")
    private List<InvoiceRow> invoices() {
        Grid<InvoiceRow> grid = _get(Grid.class, spec -> spec.withId("invoices-grid"));
        return GridKt._findAll(grid);
    }
}
