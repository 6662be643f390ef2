package org.parkgate.lane.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.ui.PaymentColumns;
import org.parkgate.lane.BoothCash;
import org.parkgate.lane.Passage;
import org.parkgate.lane.SiteLane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 收费放行 at the booth: the refused vehicle's plate, why it was refused and the amount due, as the
 * refusal has them (shown, not to be changed); what the driver handed over, when the guard types
 * it, gives the change. Confirm takes the cash and opens the barrier, then offers the receipt.
 */
final class BoothCashDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(BoothCashDialog.class);

    private final SiteLane lane;
    private final Passage refusal;
    private final BoothCash booth;
    final BigDecimalField received = new BigDecimalField();
    final Span change = new Span();
    final Span error = new Span();
    final Paragraph result = new Paragraph();
    final Button confirm = new Button();
    final Button close = new Button();
    private final FormLayout form;

    BoothCashDialog(SiteLane lane, Passage refusal, BoothCash booth, Clock clock) {
        this.lane = lane;
        this.refusal = refusal;
        this.booth = booth;
        setHeaderTitle(Labels.of(this, "lanes.collect", lane.name()));
        form = new FormLayout(shown("lane-collect-plate", "vehicle.plate", refusal.plate()),
                shown("lane-collect-reason", "lanes.reason", getTranslation("lanes.reason." + refusal.reason())),
                shown("lane-collect-amount", "lanes.collect.amount", Money.yuan(refusal.amountDue())),
                shown("lane-collect-refused-at", "lanes.collect.refused-at",
                        DateTimes.format(refusal.decidedAt(), clock)));
        received.setId("lane-collect-received");
        received.setLabel(getTranslation("lanes.collect.received"));
        received.setValueChangeMode(ValueChangeMode.EAGER);
        received.addValueChangeListener(typed -> showChange());
        change.setId("lane-collect-change");
        form.add(received, change);
        error.setId("lane-collect-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        result.setId("lane-collect-result");
        result.setVisible(false);
        add(new VerticalLayout(form, error, result));
        confirm.setText(getTranslation("lanes.collect.confirm"));
        confirm.setId("lane-collect-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true); // a double click is one confirm (and the service charges a refusal once)
        confirm.addClickListener(click -> confirm());
        close.setText(getTranslation("action.cancel"));
        close.setId("lane-collect-close");
        close.addClickListener(click -> close());
        getFooter().add(close, confirm);
    }

    private static TextField shown(String id, String labelKey, String value) {
        var field = new TextField();
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    /** What the driver handed over, in fen; null when not typed; refused when it has more than two decimals. */
    private @Nullable Long receivedFen() {
        BigDecimal typed = received.getValue();
        if (typed == null) {
            return null;
        }
        try {
            return Money.fen(typed);
        } catch (IllegalArgumentException notMoney) {
            throw new UserFacingException("error.booth.received-invalid");
        }
    }

    private void showChange() {
        Long given;
        try {
            given = receivedFen();
        } catch (UserFacingException notMoney) {
            given = null;
        }
        change.setText(given == null ? "" : given >= refusal.amountDue()
                ? getTranslation("lanes.collect.change", Money.yuan(given - refusal.amountDue()))
                : getTranslation("lanes.collect.short", Money.yuan(refusal.amountDue() - given)));
    }

    private void confirm() {
        BoothCash.Collected collected;
        try {
            Long given = receivedFen();
            if (given != null && given < refusal.amountDue()) {
                throw new UserFacingException("error.booth.received-short", Money.yuan(refusal.amountDue()));
            }
            collected = booth.collect(lane.id(), refusal.id());
        } catch (UserFacingException refused) {
            refused(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        } catch (RuntimeException failure) {
            log.error("Booth cash at {} failed", lane.id(), failure);
            refused(getTranslation("error.not-saved"));
            return;
        }
        done(collected);
    }

    /** Said in the dialog; nothing was taken, the guard may correct and confirm again. */
    private void refused(String why) {
        error.setText(why);
        error.setVisible(true);
        confirm.setEnabled(true);
    }

    /** The cash is on record: what happened, and the receipt to print. */
    private void done(BoothCash.Collected collected) {
        error.setVisible(false);
        form.setVisible(false);
        confirm.setVisible(false);
        close.setText(getTranslation("action.close"));
        String amount = Money.yuan(collected.amount());
        String said = collected.already() ? getTranslation("lanes.collect.already", amount, collected.receiptNo())
                : collected.opened() ? getTranslation("lanes.collect.done", amount, collected.receiptNo(), lane.name())
                : getTranslation("lanes.collect.not-opened", amount, collected.receiptNo(), lane.name());
        result.setText(said);
        result.setVisible(true);
        Anchor receipt = PaymentColumns.receiptLink(collected.paymentId());
        receipt.setId("lane-collect-receipt");
        receipt.setText(getTranslation("lanes.collect.receipt", collected.receiptNo()));
        add(receipt);
        if (collected.opened() && !collected.already()) {
            Notifications.success(said);
        }
    }
}
