package org.parkgate.arrears.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.parkgate.arrears.ArrearsRow;

/** One sentence on an owner's arrears: the stage since when, the days overdue, the periods unpaid. */
public final class ArrearsSummary {

    private ArrearsSummary() {
    }

    public static Paragraph of(ArrearsRow row) {
        var summary = new Paragraph();
        summary.setText(summary.getTranslation("arrears.detail.summary",
                summary.getTranslation("arrears.stage." + row.standing().stage().name()), row.stageSince().toString(),
                row.standing().daysOverdue(), row.standing().unpaidPeriods()));
        summary.setId("arrears-summary");
        return summary;
    }
}
