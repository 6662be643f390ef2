package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.arrears.ui.ArrearsSummary;
import org.parkgate.arrears.ui.CollectionNotes;
import org.parkgate.arrears.ui.StageHistory;
import org.parkgate.base.Money;

/** The stage and what is past due, how the stage moved, and the collection notes (a new one added here). */
class ArrearsSection extends Section {

    ArrearsSection(ArrearsService arrears, long ownerId, Clock clock) {
        super("owner-file-arrears-section", "owner-file.arrears");
        var due = new Paragraph();
        due.setId("owner-file-arrears-due");
        arrears.of(ownerId).ifPresentOrElse(row -> {
            due.setText(getTranslation("owner-file.arrears-due", Money.yuan(row.standing().amountDue()),
                    Money.yuan(row.standing().lateFees())));
            add(ArrearsSummary.of(row), due);
        }, () -> {
            due.setText(getTranslation("owner-file.no-arrears"));
            add(due);
        });
        add(new H4(getTranslation("arrears.history")), new StageHistory(arrears, ownerId, clock),
                new H4(getTranslation("arrears.notes")), new CollectionNotes(arrears, ownerId, clock));
    }
}
