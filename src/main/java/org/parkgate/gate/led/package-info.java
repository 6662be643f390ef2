/**
 * Lane LED text screens as the lane's display: {@link org.parkgate.gate.led.LedScreens} puts a
 * screen beside a lane's barrier adapter ({@link org.parkgate.gate.led.ScreenedGate}); the frames
 * of {@link org.parkgate.gate.ledscreen} go out on a serial port of this PC
 * ({@link org.parkgate.gate.led.SerialScreenLink}, acknowledged, retried once, an alarm when
 * silent) or ride on the plate camera's HTTP answer ({@link org.parkgate.gate.led.CameraScreenLink}).
 */
@NullMarked
package org.parkgate.gate.led;

import org.jspecify.annotations.NullMarked;
