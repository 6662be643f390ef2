package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.parkgate.base.Money;
import org.parkgate.base.UserFacingException;
import org.parkgate.billing.AutoCharge;
import org.parkgate.billing.AutoPay;
import org.parkgate.billing.Mandate;

/**
 * "Pay my parking invoices automatically": on with a cap per invoice, off at once; and each charge
 * made or refused, with why.
 */
final class AutoPaySection extends Div {

    static final BigDecimal DEFAULT_CAP = new BigDecimal("1000.00");

    private final AutoPay autoPay;
    final BigDecimalField cap = new BigDecimalField();
    final Paragraph state = new Paragraph();
    final Paragraph error = new Paragraph();
    private final Div body = new Div();

    AutoPaySection(AutoPay autoPay) {
        this.autoPay = autoPay;
        setId("portal-autopay");
        state.setId("portal-autopay-state");
        error.setId("portal-autopay-error");
        error.addClassName("parkgate-alarm");
        cap.setLabel(getTranslation("autopay.cap"));
        cap.setId("portal-autopay-cap");
        cap.setWidthFull();
        add(new H3(getTranslation("autopay.title")), body);
        show();
    }

    private void show() {
        body.removeAll();
        if (!autoPay.available()) {
            state.setText(getTranslation("autopay.unavailable"));
            body.add(state);
            return;
        }
        Mandate mandate = autoPay.ownMandate().filter(Mandate::active).orElse(null);
        error.setText("");
        if (mandate == null) {
            state.setText(getTranslation("autopay.off", AutoPay.NOTICE_DAYS));
            cap.setValue(DEFAULT_CAP);
            var on = new Button(getTranslation("autopay.switch-on"), click -> switchOn());
            on.setId("portal-autopay-on");
            on.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            on.setWidthFull();
            body.add(state, cap, error, on);
        } else {
            state.setText(getTranslation("autopay.on", Money.yuan(mandate.cap()), AutoPay.NOTICE_DAYS));
            cap.setValue(Money.decimal(mandate.cap()));
            var change = new Button(getTranslation("autopay.change-cap"), click -> switchOn());
            change.setId("portal-autopay-change");
            var off = new Button(getTranslation("autopay.switch-off"), click -> {
                autoPay.switchOff();
                show();
            });
            off.setId("portal-autopay-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            body.add(state, cap, error, change, off);
        }
        var charges = new Div();
        charges.setId("portal-autopay-charges");
        for (AutoCharge charge : autoPay.ownCharges()) {
            var line = new Div(new Span(getTranslation("autopay.charge", charge.periodStart().toString(),
                    charge.periodEnd().toString(), charge.dueOn().toString(), Money.yuan(charge.amount()),
                    getTranslation("autopay.status." + charge.status().name()))));
            line.addClassName("parkgate-owner-card");
            line.setId("portal-autopay-charge-" + charge.invoiceId());
            charges.add(line);
        }
        body.add(charges);
    }

    private void switchOn() {
        if (cap.getValue() == null || cap.isInvalid()) {
            error.setText(getTranslation("error.autopay.cap", Money.yuan(AutoPay.MOST_CAP)));
            return;
        }
        try {
            autoPay.switchOn(Money.fen(cap.getValue()));
            show();
        } catch (UserFacingException | IllegalArgumentException refused) {
            error.setText(refused instanceof UserFacingException r ? getTranslation(r.messageKey(), r.arguments())
                    : getTranslation("error.autopay.cap", Money.yuan(AutoPay.MOST_CAP)));
        }
    }
}
