/** The occupancy page: counts per lot and charts drawn as SVG. */
@NullMarked
package org.parkgate.occupancy.ui;

import org.jspecify.annotations.NullMarked;
