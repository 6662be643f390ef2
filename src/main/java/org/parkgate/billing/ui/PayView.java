package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parkgate.base.Money;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.OrderForPayer;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.billing.SandboxPayments;
import org.parkgate.security.OwnerAccess;
import org.parkgate.billing.provider.SandboxProvider;
import org.parkgate.gate.QrCodes;
import org.parkgate.security.PublicPage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The pay page a lane's QR code leads to (with the sandbox), and the owners' and visitors' pages
 * send to: anonymous, phone-sized, in the phone's language. It shows only this order (masked
 * plate, what, how much); while it is payable, the provider's own QR code of it (WeChat's
 * {@code code_url}, scanned or pressed in the app) or, for an order of the demo's sandbox provider
 * (present only when switched on), buttons that imitate the phone payment: pay, fail or cancel.
 * Where the pay pages offer several providers, the payer may choose another: the same order is
 * made with it.
 */
@Route(value = "pay", autoLayout = false)
@AnonymousAllowed
@PublicPage
final class PayView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final OnlineOrders orders;
    private final @Nullable SandboxPayments sandbox;
    final Span state = new Span();
    final Paragraph scanHelp = new Paragraph();
    private String token = "";

    PayView(OnlineOrders orders, ObjectProvider<SandboxPayments> sandbox) {
        this.orders = orders;
        this.sandbox = sandbox.getIfAvailable();
        addClassName("parkgate-pay");
        setMaxWidth("26em");
        state.setId("pay-state");
        scanHelp.setId("pay-scan-help");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        this.token = token;
        OrderForPayer order = orders.forPayer(token);
        add(new H2(getTranslation("pay.heading")));
        if (order == null) {
            state.setText(getTranslation("pay.unknown"));
            add(state);
            return;
        }
        var plate = new Span(order.maskedPlate());
        plate.setId("pay-plate");
        var amount = new Span(Money.yuan(order.amount()) + " " + getTranslation("pay.yuan"));
        amount.setId("pay-amount");
        amount.addClassName("parkgate-pay-amount");
        add(new Paragraph(getTranslation("pay.purpose." + order.purpose().name())), plate, amount, state);
        show(order);
        if (OwnerAccess.principal().isPresent()) { // came from the owners' portal: the way back
            var back = new Anchor("owner", getTranslation("owner.nav.back"));
            back.setId("pay-back-to-portal");
            add(back);
        }
    }

    private void show(OrderForPayer order) {
        state.setText(getTranslation("pay.state." + order.state()));
        getChildren().filter(child -> child instanceof Button || child instanceof Html || scanHelp.equals(child))
                .toList().forEach(this::remove);
        if (order.payable()) {
            otherProviders(order);
        }
        if (order.payable() && order.scanContent() != null) {
            var code = new Html("<div id=\"pay-code\">" + QrCodes.svg(order.scanContent(), 220) + "</div>");
            scanHelp.setText(getTranslation("pay.scan"));
            addComponentAtIndex(indexOf(state) + 1, code);
            addComponentAtIndex(indexOf(code) + 1, scanHelp);
            return;
        }
        if (!order.payable() || sandbox == null || !order.provider().equals(SandboxProvider.NAME)) {
            return;
        }
        var pay = new Button(getTranslation("pay.pay"), click -> complete(order, true));
        pay.setId("pay-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pay.setWidthFull();
        var fail = new Button(getTranslation("pay.fail"), click -> complete(order, false));
        fail.setId("pay-fail");
        fail.setWidthFull();
        var cancel = new Button(getTranslation("pay.cancel"), click -> state.setText(getTranslation("pay.cancelled")));
        cancel.setId("pay-cancel");
        cancel.setWidthFull();
        add(pay, fail, cancel);
    }

    /** The payer's choice where the pay pages offer several providers: the same order with another. */
    private void otherProviders(OrderForPayer order) {
        for (String other : orders.offeredProviders()) {
            if (other.equals(order.provider())) {
                continue;
            }
            var with = new Button(getTranslation("pay.with", getTranslation("providers.name." + other)), click -> {
                PaymentOrder switched = orders.switchProvider(token, other);
                if (switched == null) {
                    state.setText(getTranslation("pay.unavailable"));
                    return;
                }
                UI.getCurrent().navigate("pay/" + switched.token());
            });
            with.setId("pay-with-" + other);
            with.setWidthFull();
            add(with);
        }
    }

    private void complete(OrderForPayer order, boolean succeeded) {
        int status = java.util.Objects.requireNonNull(sandbox).complete(order, succeeded);
        if (status != 200) {
            state.setText(getTranslation("pay.unreachable"));
            return;
        }
        OrderForPayer now = orders.forPayer(token);
        show(now == null ? order : now);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pay.heading");
    }
}
