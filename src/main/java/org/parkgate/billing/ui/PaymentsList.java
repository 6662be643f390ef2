package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.GridWidths;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.PaymentStatus;
import org.parkgate.billing.Reversal;
import org.parkgate.registry.ui.OwnerLinks;

/** Payments received in a date range; receipts to print, and voids and refunds for managers. */
class PaymentsList extends VerticalLayout {

    private final PaymentService payments;
    private final boolean mayReverse;
    final DayPicker from = new DayPicker();
    final DayPicker to = new DayPicker();
    final Grid<PaymentRow> grid = new Grid<>();

    PaymentsList(PaymentService payments, Clock clock, boolean mayReverse) {
        this.payments = payments;
        this.mayReverse = mayReverse;
        setPadding(false);
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setId("payments-from");
        from.setLabel(getTranslation("period.from"));
        from.setValue(today);
        to.setId("payments-to");
        to.setLabel(getTranslation("period.to"));
        to.setValue(today);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        var range = new HorizontalLayout(from, to);
        range.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("payments-grid");
        PaymentColumns.addReceiptTo(grid, clock);
        grid.addComponentColumn(row -> row.stayFee() ? new Span(getTranslation("payments.stay-fee", row.ownerName()))
                : OwnerLinks.toFile(row.ownerId(), row.ownerName())).setHeader(getTranslation("owners.name"))
                .setKey("owner");
        grid.addColumn(row -> row.unit() == null ? "" : row.unit()).setHeader(getTranslation("owners.unit"));
        PaymentColumns.addMoneyTo(grid);
        var actions = grid.addComponentColumn(this::actions).setHeader(getTranslation("owners.actions"))
                .setKey("actions");
        GridWidths.shareTheWidth(grid);
        actions.setFlexGrow(2); // void and refund side by side
        add(new H3(getTranslation("payments.received")), range, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            grid.setItems();
            return;
        }
        grid.setItems(payments.payments(from.getValue(), to.getValue()));
    }

    private HorizontalLayout actions(PaymentRow row) {
        var actions = new HorizontalLayout(PaymentColumns.receiptLink(row));
        if (mayReverse && row.status() == PaymentStatus.RECORDED) {
            for (Reversal kind : Reversal.values()) {
                var button = new Button(getTranslation("payments.reversal." + kind.name()), click -> reverse(row, kind));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                button.setId(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + row.id());
                actions.add(button);
            }
        }
        return actions;
    }

    private void reverse(PaymentRow row, Reversal kind) {
        var reason = new TextField(getTranslation("payments.reason"));
        reason.setId("reversal-reason");
        reason.setWidthFull();
        new FormDialog(getTranslation("payments.reversal.title." + kind.name(), row.receiptNo(), Money.yuan(row.amount())),
                new FormLayout(reason), () -> payments.reverse(row.id(), kind, reason.getValue()), () -> {
                    Notifications.success(getTranslation("payments.reversed." + kind.name(), row.receiptNo()));
                    refresh();
                }).open();
    }
}
