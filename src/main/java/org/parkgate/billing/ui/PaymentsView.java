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

    /** Online payments held for review, and visitors' fees paid online: a manager may give them back. */
    final OnlineOrdersToRefund held;
    final OnlineOrdersToRefund visitorFees;

    PaymentsView(PaymentService payments, RegistryService registry, OnlineOrders orders, OnlineRefunds refunds,
            OwnerPayLinks links, Clock clock, AuthenticationContext authentication) {
        addClassName("parkgate-view");
        setSizeFull();
        list = new PaymentsList(payments, clock, authentication.hasRole(Role.Names.MANAGER));
        entry = new PaymentEntry(payments, registry, links, paymentId -> {
            list.refresh();
            ReceiptView.openInNewTab(paymentId);
        });
        boolean manager = authentication.hasRole(Role.Names.MANAGER);
        held = new OnlineOrdersToRefund("held", orders::held, manager ? refunds::refundHeld : null, clock);
        visitorFees = new OnlineOrdersToRefund("visitor-fees", orders::visitorFeesPaidOnline,
                manager ? refunds::refundVisitorFee : null, clock);
        add(entry, held, list, visitorFees);
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
