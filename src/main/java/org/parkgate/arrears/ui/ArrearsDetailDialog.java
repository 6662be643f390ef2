package org.parkgate.arrears.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import org.parkgate.arrears.ArrearsRow;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.arrears.CollectionNote;
import org.parkgate.arrears.StageChange;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Notifications;

/** One owner's arrears: how the stage moved, and the notes of whoever chased the debt. */
class ArrearsDetailDialog extends Dialog {

    final Grid<CollectionNote> notes = new Grid<>();
    final TextArea note = new TextArea();

    ArrearsDetailDialog(ArrearsService arrears, ArrearsRow row, Clock clock) {
        setHeaderTitle(getTranslation("arrears.detail.title", row.name(), Money.yuan(row.standing().amountDue())));
        setWidth("48em");
        var summary = new Paragraph(getTranslation("arrears.detail.summary",
                getTranslation("arrears.stage." + row.standing().stage().name()), row.stageSince().toString(),
                row.standing().daysOverdue(), row.standing().unpaidPeriods()));
        var history = new Grid<StageChange>();
        history.setId("arrears-history");
        history.setAllRowsVisible(true);
        history.addColumn(change -> DateTimes.format(change.at(), clock)).setHeader(getTranslation("arrears.changed-at"))
                .setAutoWidth(true);
        history.addColumn(change -> getTranslation("arrears.stage." + change.from().name()) + " → "
                + getTranslation("arrears.stage." + change.to().name())).setHeader(getTranslation("arrears.stage"));
        history.addColumn(change -> Money.yuan(change.amountDue())).setHeader(getTranslation("arrears.amount"));
        history.setItems(arrears.history(row.ownerId()));

        notes.setId("arrears-notes");
        notes.setAllRowsVisible(true);
        notes.addColumn(entry -> DateTimes.format(entry.notedAt(), clock)).setHeader(getTranslation("arrears.noted-at"))
                .setAutoWidth(true);
        notes.addColumn(CollectionNote::notedBy).setHeader(getTranslation("arrears.noted-by")).setAutoWidth(true);
        notes.addColumn(CollectionNote::text).setHeader(getTranslation("arrears.note")).setFlexGrow(3);
        notes.setItems(arrears.notes(row.ownerId()));
        note.setId("arrears-note");
        note.setWidthFull();
        note.setLabel(getTranslation("arrears.new-note"));
        note.setMaxLength(1000);
        var save = new Button(getTranslation("arrears.add-note"), click -> {
            if (Notifications.attempt(this, () -> arrears.addNote(row.ownerId(), note.getValue()))) {
                note.clear();
                notes.setItems(arrears.notes(row.ownerId()));
            }
        });
        save.setId("arrears-add-note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(summary, new H4(getTranslation("arrears.history")), history,
                new H4(getTranslation("arrears.notes")), notes, note, save));
        var close = new Button(getTranslation("action.close"), click -> close());
        close.setId("arrears-detail-close");
        getFooter().add(close);
    }
}
