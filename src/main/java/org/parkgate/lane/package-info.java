/**
 * The lanes: what the gate knows at run time. So far the access index, kept in step with the
 * database; the lane controller, camera input and gate adapters come with the lanes step.
 */
@NullMarked
package org.parkgate.lane;

import org.jspecify.annotations.NullMarked;
