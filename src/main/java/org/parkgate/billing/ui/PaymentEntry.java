package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.LongConsumer;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.AccountBalance;
import org.parkgate.billing.BillingException;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.registry.OwnerQuery;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.ui.OwnerLinks;

/**
 * The counter: find the owner (plate, unit, name or phone), see what they owe invoice by
 * invoice, take the money. Tells {@code onRecorded} the new payment's id. Opened from an owner's
 * file ({@link #choose}), that owner is chosen already.
 */
class PaymentEntry extends VerticalLayout {

    private final PaymentService payments;
    private final RegistryService registry;
    private final LongConsumer onRecorded;
    final TextField search = new TextField();
    final Select<OwnerRow> owner = new Select<>();
    final Grid<AccountBalance.Item> balance = new Grid<>();
    final Span total = new Span();
    final BigDecimalField amount = new BigDecimalField();
    final Select<PaymentMethod> method = PaymentChoice.methods("payment-method");
    final TextField reference = new TextField();
    /** The chosen owner's file, to see everything about them before taking the money. */
    final Span ownerFile = new Span();

    private final OwnerPayLinks links;

    PaymentEntry(PaymentService payments, RegistryService registry, OwnerPayLinks links, LongConsumer onRecorded) {
        this.payments = payments;
        this.links = links;
        this.registry = registry;
        this.onRecorded = onRecorded;
        setPadding(false);

        search.setId("payment-search");
        search.setPlaceholder(getTranslation("owners.filter"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("18em");
        var find = new Button(getTranslation("payments.find"), click -> find());
        find.setId("payment-find");
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> find());
        owner.setId("payment-owner");
        owner.setLabel(getTranslation("payments.owner"));
        owner.setItemLabelGenerator(row -> row.name() + " · " + (row.unit() == null ? "" : row.unit()) + " · "
                + row.plates());
        owner.setWidth("28em");
        owner.addValueChangeListener(change -> showBalance());
        ownerFile.setId("payment-owner-file");
        var finder = new HorizontalLayout(search, find, owner, ownerFile);
        finder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        balance.setId("payment-balance");
        balance.setAllRowsVisible(true);
        balance.addColumn(item -> item.invoice().periodStart() + " – " + item.invoice().periodEnd())
                .setHeader(getTranslation("invoices.period")).setAutoWidth(true);
        balance.addColumn(item -> item.invoice().dueOn().toString()).setHeader(getTranslation("invoices.due-on"));
        balance.addColumn(item -> Money.yuan(item.invoice().amount())).setHeader(getTranslation("invoices.amount"));
        balance.addColumn(item -> Money.yuan(item.lateFee())).setHeader(getTranslation("invoices.late-fee"));
        balance.addColumn(item -> Money.yuan(item.invoice().paid())).setHeader(getTranslation("invoices.paid"));
        balance.addColumn(item -> Money.yuan(item.owed())).setHeader(getTranslation("invoices.owed"));
        total.setId("payment-total");

        amount.setId("payment-amount");
        amount.setLabel(getTranslation("payments.amount"));
        reference.setId("payment-reference");
        reference.setLabel(getTranslation("payments.reference"));
        var record = new Button(getTranslation("payments.record"), click -> record());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("payment-record");
        var payLink = new Button(getTranslation("payments.pay-link"), click -> showPayLink());
        payLink.setId("payment-pay-link");
        var form = new HorizontalLayout(amount, method, reference, record, payLink);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H3(getTranslation("payments.take")), finder, balance, total, form);
        showBalance();
    }

    /** The owner's personal pay link as a QR code, to pay by phone at the counter or to send. */
    private void showPayLink() {
        if (owner.getValue() == null) {
            Notifications.refused(this, new BillingException("payments.choose-owner"));
            return;
        }
        new PayLinkDialog(owner.getValue().name(), links.linkFor(owner.getValue().id()), "payments.pay-link.help").open();
    }

    private void find() {
        var found = registry.find(new OwnerQuery(search.getValue(), OwnerQuery.OwnerSort.NAME, true, 0, 50));
        owner.setItems(found);
        if (found.size() == 1) {
            owner.setValue(found.getFirst());
        } else if (found.isEmpty()) {
            Notifications.info(getTranslation("payments.nobody-found", search.getValue()));
        }
    }

    /** Shows this owner as if found by the search: what they owe, ready to take the money. */
    void choose(long ownerId) {
        registry.owner(ownerId).ifPresent(row -> {
            owner.setItems(row);
            owner.setValue(row);
        });
    }

    private void showBalance() {
        ownerFile.removeAll();
        if (owner.getValue() != null) {
            ownerFile.add(OwnerLinks.toFile(owner.getValue().id(), getTranslation("owner-file.open")));
        }
        if (owner.getValue() == null) {
            balance.setItems();
            total.setText(getTranslation("payments.choose-owner"));
            amount.clear();
            return;
        }
        AccountBalance owed = payments.balance(owner.getValue().id());
        balance.setItems(owed.items());
        total.setText(getTranslation("payments.total-owed", Money.yuan(owed.total())));
        amount.setValue(BigDecimal.valueOf(owed.total(), 2));
    }

    private void record() {
        long[] recorded = new long[1];
        boolean done = Notifications.attempt(this, () -> {
            if (owner.getValue() == null) {
                throw new BillingException("payments.choose-owner");
            }
            recorded[0] = payments.recordAtCounter(owner.getValue().id(),
                    PassesView.fen(amount.getValue(), "error.payment.amount-invalid"), method.getValue(),
                    reference.getValue());
        });
        if (done) {
            Notifications.success(getTranslation("payments.recorded", Money.yuan(PassesView.fen(amount.getValue(),
                    "error.payment.amount-invalid"))));
            reference.clear();
            showBalance();
            onRecorded.accept(recorded[0]);
        }
    }
}
