package org.parkgate.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.parkgate.billing.HeldPayment;
import org.parkgate.billing.OnlineOrders;
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

    PaymentsView(PaymentService payments, RegistryService registry, OnlineOrders orders, OwnerPayLinks links,
            Clock clock, AuthenticationContext authentication) {
        addClassName("parkgate-view");
        setSizeFull();
        list = new PaymentsList(payments, clock, authentication.hasRole(Role.Names.MANAGER));
        entry = new PaymentEntry(payments, registry, links, paymentId -> {
            list.refresh();
            ReceiptView.openInNewTab(paymentId);
        });
        held.setId("payments-held");
        held.setAllRowsVisible(true);
        held.addColumn(HeldPayment::orderId).setHeader(getTranslation("payments.held.order")).setAutoWidth(true);
        held.addColumn(row -> row.plate() == null ? "" : row.plate()).setHeader(getTranslation("vehicle.plate"));
        held.addColumn(row -> Money.yuan(row.ordered())).setHeader(getTranslation("payments.held.ordered"));
        held.addColumn(row -> DateTimes.format(row.createdAt(), clock))
                .setHeader(getTranslation("payments.received-at")).setAutoWidth(true);
        held.addColumn(HeldPayment::reported).setHeader(getTranslation("payments.held.reported")).setFlexGrow(3);
        var heldPayments = orders.held();
        held.setItems(heldPayments);
        var heldTitle = new H3(getTranslation("payments.held"));
        heldTitle.setVisible(!heldPayments.isEmpty());
        held.setVisible(!heldPayments.isEmpty());
        add(entry, heldTitle, held, list);
        expand(list);
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
