package org.parkgate.billing.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.billing.PaymentService;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.Role;

/**
 * The cashier's page: take a payment, print its receipt, see the day's payments. Only managers
 * void or refund.
 */
@Route("payments")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 22, title = "menu.payments", icon = "vaadin:cash")
final class PaymentsView extends VerticalLayout implements HasDynamicTitle {

    final PaymentEntry entry;
    final PaymentsList list;

    PaymentsView(PaymentService payments, RegistryService registry, Clock clock, AuthenticationContext authentication) {
        addClassName("parkgate-view");
        setSizeFull();
        list = new PaymentsList(payments, clock, authentication.hasRole(Role.Names.MANAGER));
        entry = new PaymentEntry(payments, registry, paymentId -> {
            list.refresh();
            getUI().ifPresent(ui -> ui.getPage().open("receipts/" + paymentId, "_blank"));
        });
        add(entry, list);
        expand(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title");
    }
}
