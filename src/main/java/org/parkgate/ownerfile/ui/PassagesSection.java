package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Site;
import org.parkgate.lane.ui.PassageColumns;
import org.parkgate.ownerfile.OwnerFiles;

/** The latest passages of the owner's vehicles at every lane, newest first. */
class PassagesSection extends Section {

    static final int SHOWN = 20;

    PassagesSection(OwnerFiles files, long ownerId, Clock clock, Site site, PassageSnapshots snapshots) {
        super("owner-file-passages-section", "owner-file.passages");
        var grid = new Grid<Passage>();
        PassageColumns.addTo(grid, clock, site, snapshots);
        grid.setItems(files.recentPassages(ownerId, SHOWN));
        add(listOf("owner-file-passages", grid));
    }
}
