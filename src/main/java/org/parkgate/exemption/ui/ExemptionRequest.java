package org.parkgate.exemption.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.exemption.ExemptionKind;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.exemption.NewExemption;

/**
 * The request for an exemption, on the Exemptions page and in an owner's file: the plate (and
 * that the gate refuses its owner anyway while suspended), for that vehicle or all of the owner's,
 * the kind, the days and the reason. A manager who did not request it decides.
 */
public final class ExemptionRequest extends FormLayout {

    private final TextField plate = new TextField(getTranslation("vehicle.plate"));
    private final Checkbox wholeOwner = new Checkbox(getTranslation("exemptions.whole-owner"));
    private final Select<ExemptionKind> kind = new Select<>();
    private final IntegerField amount = new IntegerField(getTranslation("exemptions.amount"));
    private final DayPicker from = new DayPicker(getTranslation("exemptions.from"));
    private final DayPicker until = new DayPicker(getTranslation("exemptions.until"));
    private final TextField reason = new TextField(getTranslation("exemptions.reason"));

    private ExemptionRequest(ExemptionService exemptions, Clock clock, String typedPlate) {
        plate.setId("exemption-plate");
        var suspended = new Span();
        suspended.setId("exemption-owner-suspended");
        suspended.getStyle().set("color", "var(--lumo-warning-text-color)");
        suspended.setVisible(false);
        plate.addValueChangeListener(change -> {
            suspended.setText(getTranslation("exemptions.owner-suspended", change.getValue()));
            suspended.setVisible(exemptions.gateRefusesOwnerOf(change.getValue()));
        });
        plate.setValue(typedPlate);
        wholeOwner.setId("exemption-whole-owner");
        kind.setLabel(getTranslation("exemptions.kind"));
        kind.setItems(ExemptionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("exemptions.kind." + value.name()));
        kind.setValue(ExemptionKind.FULL);
        kind.setId("exemption-kind");
        amount.setHelperText(getTranslation("exemptions.amount.help"));
        amount.setId("exemption-amount");
        LocalDate today = LocalDate.now(clock);
        from.setValue(today);
        from.setMin(ExemptionService.VALIDITY_START.earliest(today));
        from.setMax(ExemptionService.VALIDITY_START.latest(today));
        from.setId("exemption-from");
        until.setValue(today.plusMonths(1));
        until.setId("exemption-until");
        reason.setId("exemption-reason");
        add(plate, suspended, wholeOwner, kind, amount, from, until, reason);
    }

    private NewExemption request() {
        return new NewExemption(plate.getValue(), wholeOwner.getValue(), kind.getValue(),
                amount.getValue() == null ? 0 : amount.getValue(), from.getValue(), until.getValue(), reason.getValue());
    }

    /** Opens the request with {@code plate} typed in (or empty); {@code onRequested} runs once it is stored. */
    public static void open(ExemptionService exemptions, Clock clock, String plate, Runnable onRequested) {
        var form = new ExemptionRequest(exemptions, clock, plate);
        new FormDialog(form.getTranslation("exemptions.request"), form, () -> exemptions.request(form.request()), () -> {
            Notifications.success(form.getTranslation("exemptions.requested", form.plate.getValue()));
            onRequested.run();
        }).open();
    }
}
