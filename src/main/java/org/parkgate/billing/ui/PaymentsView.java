package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.HeldPayment;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.OnlineRefunds;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PaymentService;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * The cashier's page: take a payment, print its receipt, see the day's payments. Only managers
 * void or refund.
 */
@Route("payments")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 200, title = "menu.payments", icon = "vaadin:cash")
final class PaymentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final PaymentEntry entry;
    final PaymentsList list;

    final Grid<HeldPayment> held = new Grid<>();
    private final H3 heldTitle = new H3();

    PaymentsView(PaymentService payments, RegistryService registry, OnlineOrders orders, OnlineRefunds refunds,
            OwnerPayLinks links, Clock clock, AuthenticationContext authentication) {
        addClassName("parkgate-view");
        setSizeFull();
        list = new PaymentsList(payments, clock, authentication.hasRole(Role.Names.MANAGER));
        entry = new PaymentEntry(payments, registry, links, paymentId -> {
            list.refresh();
            ReceiptView.openInNewTab(paymentId);
        });
        heldTitle.setText(getTranslation("payments.held"));
        held.setId("payments-held");
        held.setAllRowsVisible(true);
        held.addColumn(HeldPayment::orderId).setHeader(getTranslation("payments.held.order")).setAutoWidth(true);
        held.addColumn(row -> row.plate() == null ? "" : row.plate()).setHeader(getTranslation("vehicle.plate"));
        held.addColumn(row -> Money.yuan(row.ordered())).setHeader(getTranslation("payments.held.ordered"));
        held.addColumn(row -> DateTimes.format(row.createdAt(), clock))
                .setHeader(getTranslation("payments.received-at")).setAutoWidth(true);
        held.addColumn(HeldPayment::reported).setHeader(getTranslation("payments.held.reported")).setFlexGrow(3);
        if (authentication.hasRole(Role.Names.MANAGER)) { // giving money back is a manager's
            held.addComponentColumn(row -> {
                var refund = new Button(getTranslation("payments.held.refund"), click -> refund(row, refunds, orders));
                refund.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                refund.setId("held-refund-" + row.orderId());
                return refund;
            }).setHeader(getTranslation("owners.actions")).setKey("refund").setAutoWidth(true);
        }
        add(entry, heldTitle, held, list);
        showHeld(orders);
        expand(list);
    }

    private void showHeld(OnlineOrders orders) {
        var heldPayments = orders.held();
        held.setItems(heldPayments);
        heldTitle.setVisible(!heldPayments.isEmpty());
        held.setVisible(!heldPayments.isEmpty());
    }

    /** Gives a held payment back to the payer through its provider, with a reason. */
    private void refund(HeldPayment row, OnlineRefunds refunds, OnlineOrders orders) {
        var reason = new TextField(getTranslation("payments.reason"));
        reason.setId("held-refund-reason");
        reason.setWidthFull();
        new FormDialog(getTranslation("payments.held.refund.title", row.orderId()), new FormLayout(reason),
                () -> refunds.refundHeld(row.orderId(), reason.getValue()), () -> {
                    Notifications.success(getTranslation("payments.held.refunded", row.orderId()));
                    showHeld(orders);
                }).open();
    }

    /** Opened from an owner's file ({@code ?owner=<id>}): that owner is chosen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OwnerLinks.chosenOwner(event).ifPresent(entry::choose);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title");
    }
}
