package org.parkgate.arrears.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.arrears.StageChange;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;

/** How an owner's arrears stage moved, newest first, with what they owed at each step. */
public final class StageHistory extends Grid<StageChange> {

    public StageHistory(ArrearsService arrears, long ownerId, Clock clock) {
        setId("arrears-history");
        setAllRowsVisible(true);
        addColumn(change -> DateTimes.format(change.at(), clock)).setHeader(getTranslation("arrears.changed-at"))
                .setAutoWidth(true);
        addColumn(change -> getTranslation("arrears.stage." + change.from().name()) + " → "
                + getTranslation("arrears.stage." + change.to().name())).setHeader(getTranslation("arrears.stage"));
        addColumn(change -> Money.yuan(change.amountDue())).setHeader(getTranslation("arrears.amount"));
        setItems(arrears.history(ownerId));
    }
}
