package org.parkgate.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.billing.ReceiptSheets;
import org.parkgate.security.Role;

/** A payment's receipt for staff, from the counter, the payments list and an owner's file. */
@Route(value = "receipts", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
final class ReceiptView extends ReceiptPage {

    ReceiptView(ReceiptSheets receipts) {
        super(receipts);
    }

    /** Opens a payment's receipt in a new tab, as the counter does right after taking the money. */
    static void openInNewTab(long paymentId) {
        UI.getCurrent().getPage().open("receipts/" + paymentId, "_blank");
    }
}
