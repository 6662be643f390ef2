/** The lane API for cameras and scripts: plate reads, the Vzenith and Hikvision camera pushes (with pictures). Device key required. */
@NullMarked
package org.parkgate.lane.api;

import org.jspecify.annotations.NullMarked;
