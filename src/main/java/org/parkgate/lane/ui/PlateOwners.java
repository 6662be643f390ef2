package org.parkgate.lane.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.lane.Passage;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * The owner column of the passage history, for the office only (guards see no owners): the
 * owner of each registered plate on a page, read once for the page, linked to their file.
 */
final class PlateOwners {

    private record Owner(long id, String name) {
    }

    private final VehicleDirectory vehicles;
    private final RegistryService registry;
    private final boolean office;
    private final Map<String, Owner> owners = new HashMap<>();

    PlateOwners(VehicleDirectory vehicles, RegistryService registry, AuthenticationContext authentication) {
        this.vehicles = vehicles;
        this.registry = registry;
        this.office = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER);
    }

    void addColumnTo(Grid<Passage> grid) {
        if (office) {
            grid.addComponentColumn(passage -> {
                Owner owner = owners.get(passage.plate());
                return owner == null ? new Span() : OwnerLinks.toFile(owner.id(), owner.name());
            }).setHeader(grid.getTranslation("passages.owner")).setKey("owner").setAutoWidth(true);
        }
    }

    /** Reads the owners of a page of passages about to be shown. */
    List<Passage> fetched(List<Passage> page) {
        if (office && !page.isEmpty()) {
            List<String> plates = page.stream().map(Passage::plate).distinct().toList();
            plates.forEach(owners::remove); // read anew: a vehicle may have changed hands
            Map<String, Long> ownerIds = vehicles.ownersOf(plates);
            Map<Long, String> names = registry.namesOf(ownerIds.values().stream().distinct().toList());
            ownerIds.forEach((plate, id) -> {
                if (names.containsKey(id)) {
                    owners.put(plate, new Owner(id, names.get(id)));
                }
            });
        }
        return page;
    }
}
