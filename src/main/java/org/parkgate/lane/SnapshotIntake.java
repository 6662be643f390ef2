package org.parkgate.lane;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns what a camera sent as a picture into a {@link Snapshot}, or drops it with a warning in the
 * log: not a JPEG or PNG (by its first and last bytes: a picture cut short is dropped too), larger
 * than {@code parkgate.snapshots.max-bytes}, or base64 that does not decode. A dropped picture never
 * stops the lane from deciding. Base64 is decoded once, straight into the bytes that are stored.
 */
@Component
public class SnapshotIntake {

    private static final Logger log = LoggerFactory.getLogger(SnapshotIntake.class);
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 'B', '`', (byte) 0x82};

    private final long maxBytes;

    SnapshotIntake(@Value("${parkgate.snapshots.max-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The pictures of a read that were taken (the dropped ones are null), in their order. */
    public static List<Snapshot> taken(@Nullable Snapshot... pictures) {
        List<Snapshot> taken = new ArrayList<>(pictures.length);
        for (Snapshot picture : pictures) {
            if (picture != null) {
                taken.add(picture);
            }
        }
        return taken;
    }

    /** A picture sent as base64 text; null when there is none (blank) or it is dropped. */
    public @Nullable Snapshot fromBase64(String laneId, Snapshot.Kind kind, @Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        if (base64.length() / 4 * 3 > maxBytes + 3) {
            return dropped(laneId, kind, "larger than " + maxBytes + " bytes");
        }
        // line breaks, as some cameras send them, are taken out; anything else not base64 is refused
        String text = base64.indexOf('\n') >= 0 || base64.indexOf('\r') >= 0
                ? base64.replace("\r", "").replace("\n", "") : base64;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException corrupt) {
            return dropped(laneId, kind, "not base64 (" + corrupt.getMessage() + ")");
        }
        return fromBytes(laneId, kind, bytes);
    }

    /** A picture sent as bytes (a multipart part); null when there is none (empty) or it is dropped. */
    public @Nullable Snapshot fromBytes(String laneId, Snapshot.Kind kind, byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        if (bytes.length > maxBytes) {
            return dropped(laneId, kind, "larger than " + maxBytes + " bytes");
        }
        Snapshot.Format format = format(bytes);
        if (format == null) {
            return dropped(laneId, kind, "neither a whole JPEG nor a whole PNG");
        }
        return new Snapshot(kind, bytes, format);
    }

    private static Snapshot.@Nullable Format format(byte[] b) {
        int n = b.length;
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF
                && (b[n - 2] & 0xFF) == 0xFF && (b[n - 1] & 0xFF) == 0xD9) {
            return Snapshot.Format.JPEG;
        }
        if (n >= PNG_START.length + PNG_END.length && startsWith(b, PNG_START, 0)
                && startsWith(b, PNG_END, n - PNG_END.length)) {
            return Snapshot.Format.PNG;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] part, int at) {
        for (int i = 0; i < part.length; i++) {
            if (bytes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Snapshot dropped(String laneId, Snapshot.Kind kind, String why) {
        log.warn("Lane {}: the {} picture was dropped: {}; the lane decides without it", laneId,
                kind.name().toLowerCase(java.util.Locale.ROOT), why);
        return null;
    }
}
