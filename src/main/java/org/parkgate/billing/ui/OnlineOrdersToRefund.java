package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.HeldPayment;

/**
 * Online orders a manager may give back through their provider, under a title (held for review,
 * visitors' fees paid online): order, plate, amount, when, what the provider reported; a Refund
 * button with a reason for managers. Hidden while there are none.
 */
final class OnlineOrdersToRefund extends VerticalLayout {

    final Grid<HeldPayment> grid = new Grid<>();
    private final H3 title = new H3();
    private final Supplier<List<HeldPayment>> rows;

    /**
     * @param name  the list's name in ids ({@code payments-<name>}, {@code <name>-refund-<order>}) and
     *              translation keys ({@code payments.<name>...})
     * @param refund what gives an order back with a reason; null for those who may not
     */
    OnlineOrdersToRefund(String name, Supplier<List<HeldPayment>> rows, @Nullable BiConsumer<String, String> refund,
            Clock clock) {
        this.rows = rows;
        setPadding(false);
        title.setText(getTranslation("payments." + name));
        grid.setId("payments-" + name);
        grid.setAllRowsVisible(true);
        grid.addColumn(HeldPayment::orderId).setHeader(getTranslation("payments.held.order")).setAutoWidth(true);
        grid.addColumn(row -> row.plate() == null ? "" : row.plate()).setHeader(getTranslation("vehicle.plate"));
        grid.addColumn(row -> Money.yuan(row.ordered())).setHeader(getTranslation("payments.held.ordered"));
        grid.addColumn(row -> DateTimes.format(row.createdAt(), clock))
                .setHeader(getTranslation("payments.received-at")).setAutoWidth(true);
        grid.addColumn(HeldPayment::reported).setHeader(getTranslation("payments." + name + ".reported"))
                .setFlexGrow(3);
        if (refund != null) { // giving money back is a manager's
            grid.addComponentColumn(row -> {
                var button = new Button(getTranslation("payments.held.refund"), click -> refund(name, row, refund));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                button.setId(name + "-refund-" + row.orderId());
                return button;
            }).setHeader(getTranslation("owners.actions")).setKey("refund").setAutoWidth(true);
        }
        add(title, grid);
        refresh();
    }

    void refresh() {
        List<HeldPayment> shown = rows.get();
        grid.setItems(shown);
        setVisible(!shown.isEmpty());
    }

    private void refund(String name, HeldPayment row, BiConsumer<String, String> refund) {
        var reason = new TextField(getTranslation("payments.reason"));
        reason.setId(name + "-refund-reason");
        reason.setWidthFull();
        new FormDialog(getTranslation("payments.held.refund.title", row.orderId()), new FormLayout(reason),
                () -> refund.accept(row.orderId(), reason.getValue()), () -> {
                    Notifications.success(getTranslation("payments.held.refunded", row.orderId()));
                    refresh();
                }).open();
    }
}
