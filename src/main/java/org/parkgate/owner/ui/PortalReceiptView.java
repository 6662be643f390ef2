package org.parkgate.owner.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.billing.ReceiptSheets;
import org.parkgate.billing.ui.ReceiptPage;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/** The receipt of one of the owner's own payments, to print or keep as a PDF (another owner's is "not found"). */
@Route(value = PortalReceiptView.ROUTE, autoLayout = false)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalReceiptView extends ReceiptPage {

    static final String ROUTE = "owner/receipts";

    PortalReceiptView(ReceiptSheets receipts) {
        super(receipts);
    }
}
