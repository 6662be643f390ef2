package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.parkgate.registry.OwnedVehicle;

/** The owner's vehicles: plate, kind, colour. */
class VehiclesSection extends Section {

    VehiclesSection(List<OwnedVehicle> vehicles) {
        super("owner-file-vehicles-section", "owner-file.vehicles");
        var grid = new Grid<OwnedVehicle>();
        grid.addColumn(OwnedVehicle::plate).setHeader(getTranslation("vehicle.plate"));
        grid.addColumn(vehicle -> getTranslation("vehicle.kind." + vehicle.kind().name()))
                .setHeader(getTranslation("vehicle.kind"));
        grid.addColumn(vehicle -> orEmpty(vehicle.colour())).setHeader(getTranslation("vehicle.colour"));
        grid.setItems(vehicles);
        add(listOf("owner-file-vehicles", grid));
    }
}
