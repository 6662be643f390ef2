/**
 * The gate simulator page: lanes drawn with their arm and display, vehicles driven in by hand or at random.
 */
@NullMarked
package org.parkgate.simulator.ui;

import org.jspecify.annotations.NullMarked;
