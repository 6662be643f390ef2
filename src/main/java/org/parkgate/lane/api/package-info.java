/** The lane API for cameras and scripts: plate reads, the Vzenith camera push. Device key required. */
@NullMarked
package org.parkgate.lane.api;

import org.jspecify.annotations.NullMarked;
