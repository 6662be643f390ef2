/**
 * The embedded gate simulator: virtual barriers, loops and displays behind the gate SPI, a virtual
 * camera through the public lane API, the simulator page and its HTTP API for scripts.
 */
@NullMarked
package org.parkgate.simulator;

import org.jspecify.annotations.NullMarked;
