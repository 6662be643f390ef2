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

    /** By the file's first bytes; the stored file's extension says which. */
    public enum Format {
        JPEG("jpg"), PNG("png");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }
}
