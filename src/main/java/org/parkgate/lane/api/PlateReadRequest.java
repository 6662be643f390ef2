package org.parkgate.lane.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A plate read as a camera (or script) posts it; {@code plateImage} and {@code sceneImage} are
 * optional pictures, base64 of a JPEG or PNG.
 */
record PlateReadRequest(@Nullable String plate, @Nullable Integer confidence, @Nullable Instant capturedAt,
        @Nullable String plateImage, @Nullable String sceneImage) {
}
