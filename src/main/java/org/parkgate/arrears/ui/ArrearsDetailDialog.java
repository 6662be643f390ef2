package org.parkgate.arrears.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import org.parkgate.arrears.ArrearsRow;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.base.Money;

/** One owner's arrears: how the stage moved, and the notes of whoever chased the debt. */
class ArrearsDetailDialog extends Dialog {

    ArrearsDetailDialog(ArrearsService arrears, ArrearsRow row, Clock clock) {
        setHeaderTitle(getTranslation("arrears.detail.title", row.name(), Money.yuan(row.standing().amountDue())));
        setWidth("48em");
        add(new VerticalLayout(ArrearsSummary.of(row), new H4(getTranslation("arrears.history")),
                new StageHistory(arrears, row.ownerId(), clock), new H4(getTranslation("arrears.notes")),
                new CollectionNotes(arrears, row.ownerId(), clock)));
        var close = new Button(getTranslation("action.close"), click -> close());
        close.setId("arrears-detail-close");
        getFooter().add(close);
    }
}
