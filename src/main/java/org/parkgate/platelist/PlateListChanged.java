package org.parkgate.platelist;

/** Published when an entry of {@code plate} was added, changed or ended: the gate reloads that plate's listings. */
public record PlateListChanged(String plate) {
}
