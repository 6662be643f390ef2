package org.parkgate.ownerfile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.registry.OwnedVehicle;
import org.parkgate.registry.OwnerContact;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.UnitRow;

/**
 * Who the owner is and how they are reached: the owner, their contact details, their unit (if
 * any) and the vehicles they have now.
 */
public record OwnerCard(OwnerRow owner, OwnerContact contact, @Nullable UnitRow unit, List<OwnedVehicle> vehicles) {

    public long id() {
        return owner.id();
    }
}
