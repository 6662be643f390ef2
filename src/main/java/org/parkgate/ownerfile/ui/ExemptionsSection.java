package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import org.parkgate.exemption.ExemptionRow;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.exemption.ui.ExemptionColumns;
import org.parkgate.exemption.ui.ExemptionRequest;

/**
 * The exemptions for all the owner's vehicles or one they have now, and a new request (for the
 * first plate, to be changed or ticked for all vehicles in the form). {@code changed} runs after one.
 */
class ExemptionsSection extends Section {

    ExemptionsSection(ExemptionService exemptions, Clock clock, long ownerId, String firstPlate, Runnable changed) {
        super("owner-file-exemptions-section", "owner-file.exemptions");
        var grid = new Grid<ExemptionRow>();
        ExemptionColumns.addTo(grid);
        grid.setItems(exemptions.ofOwner(ownerId));
        var request = new Button(getTranslation("exemptions.request"),
                click -> ExemptionRequest.open(exemptions, clock, firstPlate, changed));
        request.setId("owner-file-request-exemption");
        add(listOf("owner-file-exemptions", grid), request);
    }
}
