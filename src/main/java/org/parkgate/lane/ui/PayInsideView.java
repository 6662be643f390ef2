package org.parkgate.lane.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parkgate.access.Plates;
import org.parkgate.base.Money;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.OrderPurpose;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.lane.LaneController;
import org.parkgate.security.PublicPage;

/**
 * "Pay before you leave" (场内预付), from the QR poster inside the lot: a visitor types the plate,
 * sees the fee as of now and pays it; the exit then opens within the lot's grace time. Anyone can
 * open it, so look-ups are limited per client address ({@link PayInsideLookups}), and paying the
 * same fee again finds the order already made (OnlineOrders).
 */
@Route(value = "pay-inside", autoLayout = false)
@AnonymousAllowed
@PublicPage
final class PayInsideView extends VerticalLayout implements HasDynamicTitle {

    final TextField plate = new TextField();
    final Span fee = new Span();

    PayInsideView(LaneController lanes, OnlineOrders orders, PayInsideLookups lookups) {
        addClassName("parkgate-pay");
        setMaxWidth("26em");
        plate.setId("inside-plate");
        plate.setLabel(getTranslation("vehicle.plate"));
        plate.setWidthFull();
        fee.setId("inside-fee");
        var pay = new Button(getTranslation("pay.pay"), click -> {
            if (!lookups.admit()) { // nothing is looked up: the answer would tell whether the plate is inside
                fee.setText(getTranslation("pay.inside.too-many"));
                return;
            }
            String normal = Plates.normalize(plate.getValue() == null ? "" : plate.getValue());
            long due = lanes.visitorFeeNow(normal);
            if (due == 0) {
                fee.setText(getTranslation("pay.inside.nothing-due"));
                return;
            }
            PaymentOrder order = orders.create(OrderPurpose.VISITOR_FEE, null, normal, null, due);
            if (order == null) { // no provider configured, or it could not make the order now: the fee, and where to pay it
                fee.setText(getTranslation("pay.inside.fee", Money.yuan(due)) + " "
                        + getTranslation(orders.online() ? "pay.unavailable" : "pay.office"));
                return;
            }
            fee.setText(getTranslation("pay.inside.fee", Money.yuan(due)));
            UI.getCurrent().navigate("pay/" + order.token());
        });
        pay.setId("inside-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pay.setWidthFull();
        add(new H2(getTranslation("pay.inside.heading")), new Paragraph(getTranslation("pay.inside.help")), plate, pay,
                fee);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pay.inside.heading");
    }
}
