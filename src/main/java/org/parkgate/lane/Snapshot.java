package org.parkgate.lane;

/**
 * A picture a camera sent with a plate read, checked ({@link SnapshotIntake}): the plate close-up
 * or the scene, a JPEG or PNG within the size limit.
 */
public record Snapshot(Kind kind, byte[] bytes, Format format) {

    public enum Kind {
        /** The plate close-up (Vzenith {@code imageFragmentFile}, Hikvision {@code licensePlatePicture.jpg}). */
        PLATE,
        /** The whole scene (Vzenith {@code imageFile}, Hikvision {@code detectionPicture.jpg}). */
        SCENE
    }

    public enum Format {
        JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }
}
