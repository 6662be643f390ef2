/**
 * Owners and their vehicles: who may park under which account. Public API:
 * {@link org.parkgate.registry.RegistryService} and the records it takes and returns.
 */
@NullMarked
package org.parkgate.registry;

import org.jspecify.annotations.NullMarked;
