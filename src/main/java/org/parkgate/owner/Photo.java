package org.parkgate.owner;

import java.util.Arrays;
import java.util.Optional;

/**
 * A photo sent with a message: an image the browser can show (JPEG, PNG, GIF or WebP, told by its
 * first bytes, never by the name the phone gave it), at most {@link #MAX_BYTES}.
 */
public record Photo(byte[] bytes, String type) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Photo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The photo these bytes are, or empty when they are no image ParkGate shows.
     *
     * @throws OwnerException when they are more than {@link #MAX_BYTES}
     */
    public static Optional<Photo> of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new OwnerException("error.message.photo-too-large", MAX_BYTES / 1024 / 1024);
        }
        return typeOf(bytes).map(type -> new Photo(bytes, type));
    }

    private static Optional<String> typeOf(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F')
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
