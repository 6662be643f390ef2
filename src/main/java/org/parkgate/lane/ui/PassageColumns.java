package org.parkgate.lane.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.GridWidths;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Site;

/**
 * The columns of a list of passages, the same on the lane monitor, in the history and in an owner's
 * file; lanes by their names, the pictures the camera sent as thumbnails.
 */
public final class PassageColumns {

    private PassageColumns() {
    }

    public static void addTo(Grid<Passage> grid, Clock clock, Site site, PassageSnapshots snapshots) {
        var time = grid.addColumn(p -> DateTimes.format(p.decidedAt(), clock)).setHeader(grid.getTranslation("lanes.time"));
        grid.addColumn(p -> site.laneName(p.laneId())).setHeader(grid.getTranslation("lanes.lane"));
        grid.addColumn(Passage::plate).setHeader(grid.getTranslation("vehicle.plate"));
        var pictures = PassagePictures.addColumn(grid, snapshots, clock);
        grid.addColumn(p -> grid.getTranslation(p.opened() ? "lanes.opened-short" : "lanes.denied-short"))
                .setHeader(grid.getTranslation("lanes.decision"));
        grid.addColumn(p -> grid.getTranslation("lanes.reason." + p.reason()))
                .setHeader(grid.getTranslation("lanes.reason"));
        grid.addColumn(p -> p.amountDue() == 0 ? "" : Money.yuan(p.amountDue()))
                .setHeader(grid.getTranslation("lanes.amount"));
        var detail = grid.addColumn(p -> p.manual() ? grid.getTranslation("label.value", p.actor(), p.note()) : p.message())
                .setHeader(grid.getTranslation("lanes.detail"));
        GridWidths.shareTheWidth(grid);
        time.setWidth("10rem").setFlexGrow(0);
        pictures.setWidth("11rem").setFlexGrow(0);
        detail.setFlexGrow(4);
    }
}
