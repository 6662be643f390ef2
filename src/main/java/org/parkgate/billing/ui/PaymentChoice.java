package org.parkgate.billing.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.BillingException;
import org.parkgate.base.LotNames;
import org.parkgate.billing.LotTermsService;
import org.parkgate.billing.PassSale;
import org.parkgate.billing.PayNow;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.SaleQuote;

/**
 * The money part of selling or renewing a pass: the cashier says which it is, "pay now at the
 * counter" (method, reference, and what the payment will cover: a payment pays the oldest debt
 * first, so paying the period in full pays what falls due before it too) or "leave it as an
 * invoice"; and whether an unpaid pass opens the barrier at the plan's lot.
 */
final class PaymentChoice extends VerticalLayout {

    enum Choice { PAY_NOW, INVOICE }

    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    final Select<PaymentMethod> method = methods("sell-method");
    final TextField reference = new TextField();
    final Span covers = new Span();
    final Span unpaidRule = new Span();
    private final HorizontalLayout payment;
    private final LotTermsService terms;
    private final LotNames lotNames;
    private @Nullable SaleQuote quote;

    PaymentChoice(LotTermsService terms, LotNames lotNames) {
        this.terms = terms;
        this.lotNames = lotNames;
        setPadding(false);
        unpaidRule.setId("sell-unpaid-rule");
        choice.setId("sell-settlement");
        choice.setLabel(getTranslation("passes.pay"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation(value == Choice.PAY_NOW ? "passes.pay.now"
                : "passes.pay.invoice"));
        choice.addValueChangeListener(change -> showChoice());
        reference.setId("sell-reference");
        reference.setLabel(getTranslation("payments.reference"));
        covers.setId("sell-covers");
        payment = new HorizontalLayout(method, reference);
        payment.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(unpaidRule, choice, payment, covers);
        showChoice();
        forLot(null);
    }

    /** The methods a cashier takes at the counter, cash first. */
    static Select<PaymentMethod> methods(String id) {
        var methods = new Select<PaymentMethod>();
        methods.setId(id);
        methods.setLabel(methods.getTranslation("payments.method"));
        methods.setItems(Arrays.stream(PaymentMethod.values()).filter(PaymentMethod::atTheCounter).toList());
        methods.setItemLabelGenerator(value -> methods.getTranslation("payment.method." + value.name()));
        methods.setValue(PaymentMethod.CASH);
        return methods;
    }

    /** What paying now takes and covers; null while the owner or plan is not known. */
    void show(@Nullable SaleQuote quote) {
        this.quote = quote;
        if (quote == null) {
            covers.setText(getTranslation("passes.pay.covers.unknown"));
        } else if (quote.invoicesBefore() == 0) {
            covers.setText(getTranslation("passes.pay.covers.period", Money.yuan(quote.total())));
        } else {
            covers.setText(getTranslation("passes.pay.covers.older", Money.yuan(quote.total()),
                    Money.yuan(quote.owedBefore()), quote.invoicesBefore(), Money.yuan(quote.period())));
        }
    }

    /** Whether an unpaid pass opens the barrier at {@code lot} (the plan's), by its contract terms. */
    void forLot(@Nullable String lot) {
        unpaidRule.setVisible(lot != null);
        if (lot != null) {
            boolean opens = LotTermsService.of(terms.all(), lot).unpaidPassOpens();
            unpaidRule.setText(getTranslation(opens ? "passes.unpaid-opens" : "passes.unpaid-withheld",
                    lotNames.lotName(lot)));
        }
    }

    /**
     * The payment to take with the sale, or null to leave it as an invoice; refused while the
     * cashier has not chosen, or has chosen to pay before what it takes is known.
     */
    @Nullable PayNow payNow() {
        if (choice.getValue() == null) {
            throw new BillingException("error.sale.choose-payment");
        }
        if (choice.getValue() == Choice.INVOICE) {
            return null;
        }
        if (quote == null) {
            throw new BillingException("error.pass.plan-and-start-needed");
        }
        return new PayNow(method.getValue(), reference.getValue(), quote.total());
    }

    /** Says {@code sold} and, when money was taken with it, how much, and opens its receipt in a new tab. */
    void announce(String sold, PassSale sale, @Nullable PayNow paid) {
        if (sale.paymentId().isEmpty() || paid == null) {
            Notifications.success(sold);
            return;
        }
        Notifications.success(sold + " " + getTranslation("passes.paid", Money.yuan(paid.amount())));
        ReceiptView.openInNewTab(sale.paymentId().getAsLong());
    }

    private void showChoice() {
        boolean now = choice.getValue() == Choice.PAY_NOW;
        payment.setVisible(now);
        covers.setVisible(now);
    }
}
