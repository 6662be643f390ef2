package org.parkgate.arrears.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.arrears.CollectionNote;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Notifications;

/** The notes of whoever chased an owner's debt, newest first, and a new one added. */
public final class CollectionNotes extends VerticalLayout {

    final Grid<CollectionNote> notes = new Grid<>();
    final TextArea note = new TextArea();

    public CollectionNotes(ArrearsService arrears, long ownerId, Clock clock) {
        setPadding(false);
        notes.setId("arrears-notes");
        notes.setAllRowsVisible(true);
        notes.addColumn(entry -> DateTimes.format(entry.notedAt(), clock)).setHeader(getTranslation("arrears.noted-at"))
                .setAutoWidth(true);
        notes.addColumn(CollectionNote::notedBy).setHeader(getTranslation("arrears.noted-by")).setAutoWidth(true);
        notes.addColumn(CollectionNote::text).setHeader(getTranslation("arrears.note")).setFlexGrow(3);
        notes.setItems(arrears.notes(ownerId));
        note.setId("arrears-note");
        note.setWidthFull();
        note.setLabel(getTranslation("arrears.new-note"));
        note.setMaxLength(1000);
        var save = new Button(getTranslation("arrears.add-note"), click -> {
            if (Notifications.attempt(this, () -> arrears.addNote(ownerId, note.getValue()))) {
                note.clear();
                notes.setItems(arrears.notes(ownerId));
            }
        });
        save.setId("arrears-add-note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(notes, note, save);
    }
}
