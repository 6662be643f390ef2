/** Views of the lanes and of what the gate knows. */
@NullMarked
package org.parkgate.lane.ui;

import org.jspecify.annotations.NullMarked;
