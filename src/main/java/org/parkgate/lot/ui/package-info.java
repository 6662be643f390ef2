/** The Lot rules page: each lot's tariff and barrier choices, their live fee preview and price notice. */
@NullMarked
package org.parkgate.lot.ui;

import org.jspecify.annotations.NullMarked;
