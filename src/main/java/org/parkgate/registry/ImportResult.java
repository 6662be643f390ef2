package org.parkgate.registry;

/** What an import wrote: new owners, vehicles added, and rows left out because of their problems. */
public record ImportResult(int ownersCreated, int vehiclesAdded, int rowsSkipped) {
}
