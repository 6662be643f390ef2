package org.parkgate.gate.led;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a lane's screen shows and last said, read back from the very frames it was sent (as the
 * simulator page draws it): its lines, the spoken text, and the pay screen's QR code, text and
 * amount in tenths of a yuan when that is what it shows; and those frames, each in hex.
 */
public record ScreenShown(List<String> lines, List<String> spoken, @Nullable String payQr, @Nullable String payText,
        long payTenths, List<String> frames) {
}
