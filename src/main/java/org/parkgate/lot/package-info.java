/**
 * Lots' rules: each lot's visitor tariff and enforcement policy, stored per lot and set by its
 * office on the Lot rules page ({@code lot.ui}), the live lots that run them, the tariff in words
 * and the printable price notice (收费公示). The access core checks every value; a lot without rules
 * of its own runs {@link org.parkgate.lot.DefaultLotRules}.
 */
@NullMarked
package org.parkgate.lot;

import org.jspecify.annotations.NullMarked;
