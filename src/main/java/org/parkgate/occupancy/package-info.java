/** Occupancy: vehicles inside and free spaces per lot, live, and over the hours and days. */
@NullMarked
package org.parkgate.occupancy;

import org.jspecify.annotations.NullMarked;
