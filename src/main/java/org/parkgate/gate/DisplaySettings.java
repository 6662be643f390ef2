package org.parkgate.gate;

/** What a display adapter needs to know: which display it drives ({@link #lotSignId} for a lot's sign). */
public record DisplaySettings(String displayId, DisplayKind kind) {

    /** The id of a lot's free-space sign. */
    public static String lotSignId(String lotId) {
        return "lot:" + lotId;
    }

    public static DisplaySettings lotSign(String lotId, DisplayKind kind) {
        return new DisplaySettings(lotSignId(lotId), kind);
    }
}
