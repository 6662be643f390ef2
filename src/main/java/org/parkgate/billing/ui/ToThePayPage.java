package org.parkgate.billing.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.PaymentOrder;

/**
 * Where a button that makes an order leads: to the order's pay page; without an order (the
 * provider could not make one now), {@code unavailable} says so where the button was.
 */
public final class ToThePayPage {

    private ToThePayPage() {
    }

    public static void go(@Nullable PaymentOrder order, HasComponents page, Paragraph unavailable) {
        if (order != null) {
            UI.getCurrent().navigate("pay/" + order.token());
            return;
        }
        unavailable.setText(unavailable.getTranslation("pay.unavailable"));
        page.add(unavailable);
    }
}
