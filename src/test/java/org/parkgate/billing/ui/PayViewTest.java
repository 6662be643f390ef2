package org.parkgate.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.OrderPurpose;
import org.parkgate.billing.PaymentOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** The anonymous pay page: only this order, the plate masked, in the phone's language. */
class PayViewTest extends KaribuTest {

    @Autowired
    OnlineOrders orders;

    @Test
    void anyoneWithTheLinkSeesOnlyThisOrderWithTheMaskedPlate() {
        PaymentOrder order = orders.create(OrderPurpose.VISITOR_FEE, null, "粤B12345", "out-1", 1250);
        UI.getCurrent().setLocale(Translations.CHINESE);
        UI.getCurrent().navigate("pay/" + order.token());
        assertThat(_get(Span.class, spec -> spec.withId("pay-plate")).getText()).isEqualTo("粤B1**45");
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).isEqualTo("12.50 元");
        assertThat(_get(Span.class, spec -> spec.withId("pay-state")).getText()).isEqualTo("尚未支付。");
        assertThat(_find(Button.class, spec -> spec.withId("pay-pay"))).hasSize(1);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("pay/not-a-token");
        assertThat(_get(Span.class, spec -> spec.withId("pay-state")).getText()).isEqualTo("This payment link is not valid.");
        assertThat(_find(Button.class, spec -> spec.withId("pay-pay"))).isEmpty();
    }
}
