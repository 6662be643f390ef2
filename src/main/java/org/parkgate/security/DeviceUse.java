package org.parkgate.security;

/** What a device key may be used for. Shown translated as {@code device-keys.use.<NAME>}. */
public enum DeviceUse {
    /** Plate reads: {@code /api/v1/lanes/{lane}/plate-reads} and the camera routes {@code /api/v1/cameras/}. */
    CAMERA,
    /** Driving the simulator ({@code /api/v1/sim/}) and reading the demo's SMS stand-in. */
    SIMULATOR
}
