package org.parkgate.gate.ledscreen;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The frames that put one message on a lane's screen: with a QR code on a screen that has a pay
 * screen (and a code short enough for it), the pay screen with the amount and the lines beside
 * it, then the spoken sentence; otherwise the lines with the sentence in one 0x6E frame, or, for a
 * sentence longer than that frame carries, the lines silent and the sentence in 0x30 pieces. A
 * line longer than 0x6E holds (a pay page's address) follows whole as a running 0x62 text on its
 * line. Refusals are red, everything else green.
 */
public final class ScreenFrames {

    private final LedCommands commands;
    private final boolean payScreen;

    public ScreenFrames(LedCommands commands, boolean payScreen) {
        this.commands = commands;
        this.payScreen = payScreen;
    }

    public List<LedFrame> of(List<String> lines, String spoken, @Nullable String qrPayload, long amountFen,
            boolean refusal) {
        List<LedFrame> frames = new ArrayList<>();
        if (payScreen && qrPayload != null && LedCommands.fitsPayScreen(qrPayload)) {
            frames.add(commands.payScreen(qrPayload, String.join(" ", lines), amountFen, 0, false));
            if (!spoken.isEmpty()) {
                frames.addAll(commands.speak(spoken, true));
            }
            return frames;
        }
        LineStyle style = LineStyle.still(refusal ? LineStyle.RED : LineStyle.GREEN);
        List<String> shown = lines.size() > LedCommands.MAX_LINES ? lines.subList(0, LedCommands.MAX_LINES) : lines;
        boolean inOneFrame = GbkText.of(spoken).length <= LedCommands.LINE_VOICE_BYTES;
        frames.add(commands.linesAndVoice(shown, inOneFrame ? spoken : "", shown.stream().map(line -> style).toList()));
        for (int line = 0; line < shown.size(); line++) {
            if (GbkText.of(shown.get(line)).length > LedCommands.LINE_BYTES) {
                frames.addAll(commands.textLine(line, shown.get(line), LineStyle.running(style.colour())));
            }
        }
        if (!inOneFrame) {
            frames.addAll(commands.speak(spoken, true));
        }
        return frames;
    }
}
