package org.parkgate.platelist.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Plates;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.platelist.NewPlateListing;
import org.parkgate.platelist.PlateListEntry;
import org.parkgate.platelist.PlateListKind;
import org.parkgate.platelist.PlateLists;

/**
 * Adding a plate to a list, or changing an entry: the plate and the list (fixed once added), the
 * reason, the first day and the last (empty: until ended). The service checks everything and the
 * dialog says in the user's language what it refused.
 */
final class PlateListingForm extends FormLayout {

    private final TextField plate = new TextField(getTranslation("vehicle.plate"));
    private final Select<PlateListKind> kind = new Select<>();
    private final TextField reason = new TextField(getTranslation("plate-lists.reason"));
    private final DayPicker from = new DayPicker(getTranslation("plate-lists.from"));
    private final DayPicker until = new DayPicker(getTranslation("plate-lists.until"));

    private PlateListingForm(Clock clock, @Nullable PlateListEntry entry) {
        LocalDate today = LocalDate.now(clock);
        plate.setId("plate-list-plate");
        kind.setId("plate-list-kind");
        kind.setLabel(getTranslation("plate-lists.list"));
        kind.setItems(PlateListKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation("plate-lists.kind." + value.name()));
        reason.setId("plate-list-reason");
        reason.setRequired(true);
        reason.setMaxLength(PlateLists.REASON_LENGTH);
        reason.setHelperText(getTranslation("plate-lists.reason.help"));
        from.setId("plate-list-from");
        from.setMin(PlateLists.VALIDITY_START.earliest(today));
        from.setMax(PlateLists.VALIDITY_START.latest(today));
        until.setId("plate-list-until");
        until.setHelperText(getTranslation("plate-lists.until.help"));
        until.setClearButtonVisible(true);
        if (entry == null) {
            kind.setValue(PlateListKind.BLACKLIST);
            from.setValue(today);
        } else {
            plate.setValue(entry.plate());
            plate.setReadOnly(true);
            kind.setValue(entry.kind());
            kind.setReadOnly(true);
            reason.setValue(entry.reason());
            from.setValue(entry.validFrom());
            // an entry in force keeps its first day: ending it and adding another says what happened
            from.setReadOnly(entry.standing(today) != PlateListEntry.Standing.UPCOMING);
            if (from.isReadOnly()) {
                from.setMin(null);
            }
            until.setValue(entry.validUntil());
        }
        add(plate, kind, reason, from, until);
    }

    /** Opens the dialog for a new entry; {@code onSaved} runs once it is stored. */
    static void add(PlateLists lists, Clock clock, Runnable onSaved) {
        var form = new PlateListingForm(clock, null);
        new FormDialog(form.getTranslation("plate-lists.add"), form, () -> lists.add(new NewPlateListing(
                form.plate.getValue(), form.kind.getValue(), form.reason.getValue(), form.from.getValue(),
                form.until.getValue())), () -> {
                    Notifications.success(form.getTranslation("plate-lists.added", Plates.normalize(form.plate.getValue()),
                            form.kindName()));
                    onSaved.run();
                }).saveId("plate-list-save").open();
    }

    /** Opens the dialog for changing {@code entry}; {@code onSaved} runs once the change is stored. */
    static void change(PlateLists lists, Clock clock, PlateListEntry entry, Runnable onSaved) {
        var form = new PlateListingForm(clock, entry);
        var changed = new AtomicBoolean();
        new FormDialog(Labels.of(form, "plate-lists.edit", entry.plate()), form,
                () -> changed.set(lists.change(entry.id(), form.reason.getValue(), form.from.getValue(),
                        form.until.getValue())),
                () -> {
                    if (changed.get()) {
                        Notifications.success(form.getTranslation("plate-lists.changed", entry.plate()));
                    } else {
                        Notifications.info(form.getTranslation("form.unchanged"));
                    }
                    onSaved.run();
                }).saveId("plate-list-save").open();
    }

    private String kindName() {
        return kind.getValue() == null ? "" : getTranslation("plate-lists.kind." + kind.getValue().name());
    }
}
