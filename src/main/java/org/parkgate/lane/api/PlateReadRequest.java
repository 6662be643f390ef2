package org.parkgate.lane.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A plate read as a camera (or script) posts it. */
record PlateReadRequest(@Nullable String plate, @Nullable Integer confidence, @Nullable Instant capturedAt) {
}
