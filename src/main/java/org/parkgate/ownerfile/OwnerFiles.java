package org.parkgate.ownerfile;

import java.util.List;
import java.util.Optional;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSearch;
import org.parkgate.registry.OwnedVehicle;
import org.parkgate.registry.OwnerContacts;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.UnitService;
import org.parkgate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of an owner's file is put together from more than one feature: the owner with contact
 * details, unit and vehicles, and the passages of the plates they have now. Each section's own facts come
 * straight from the feature that owns them. For the office only.
 */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class OwnerFiles {

    private final RegistryService registry;
    private final OwnerContacts contacts;
    private final UnitService units;
    private final PassageSearch passages;

    OwnerFiles(RegistryService registry, OwnerContacts contacts, UnitService units, PassageSearch passages) {
        this.registry = registry;
        this.contacts = contacts;
        this.units = units;
        this.passages = passages;
    }

    /** The owner, or empty when there is no owner with this id. */
    @Transactional(readOnly = true)
    public Optional<OwnerCard> card(long ownerId) {
        return registry.owner(ownerId).map(owner -> new OwnerCard(owner, contacts.of(ownerId),
                owner.unit() == null ? null : units.unit(owner.unit()).orElse(null), registry.vehiclesOf(ownerId)));
    }

    /** The newest {@code limit} passages of the owner's vehicles (those they have now), newest first. */
    @Transactional(readOnly = true)
    public List<Passage> recentPassages(long ownerId, int limit) {
        return passages.ofPlates(registry.vehiclesOf(ownerId).stream().map(OwnedVehicle::plate).toList(), limit);
    }
}
