package org.parkgate.gate.ledscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screen's side of the protocol, as the virtual screen reads it: the vendor's own frame shows
 * its text, what the encoder sends comes back as sent (lines, voice, pay screen, free spaces,
 * clock, a text in several packets), and a frame the screen cannot read is answered "not done".
 */
class LedScreenReadingTest {

    private final LedCommands commands = new LedCommands(0);
    private final LedScreenReading screen = new LedScreenReading(0);

    @Test
    void theVendorsExampleFrameShowsItsTextAndIsAcknowledged() {
        LedFrame vendors = LedFrame.parse(HexFormat.ofDelimiter(" ").parseHex("00 64 FF FF 62 25 00 15 01 00 02 15 01"
                + " 03 00 FF 00 00 00 00 00 00 00 12 00 BB B6 D3 AD B9 E2 C1 D9 C7 EB C8 EB B3 A1 CD A3 B3 B5 F4 F5"));

        LedFrame answer = screen.receive(vendors);

        assertThat(answer.toString()).isEqualTo("00 64 FF FF 62 01 00 97 6A");
        assertThat(screen.lines().getFirst()).isEqualTo("欢迎光临请入场停车");
    }

    @Test
    void linesAndVoiceComeBackAsSent() {
        LineStyle red = LineStyle.still(LineStyle.RED);

        LedFrame answer = screen.receive(commands.linesAndVoice(List.of("京A10004", "欠费613.50元", "请扫码缴费"),
                "京A10004，欠费613.5元，请扫码缴费", List.of(red, red, red)));

        assertThat(answer.acknowledges(LedCommands.LINES_AND_VOICE)).isTrue();
        assertThat(screen.lines()).containsExactly("京A10004", "欠费613.50元", "请扫码缴费", "");
        assertThat(screen.spoken()).containsExactly("京A10004，欠费613.5元，请扫码缴费");
    }

    @Test
    void aTextInSeveralPacketsIsShownWhenItsLastPacketIsIn() {
        String text = "京A10004 欠费613.50元 请扫码缴费 ".repeat(20);
        List<LedFrame> frames = commands.textLine(2, text, LineStyle.running(LineStyle.YELLOW));

        for (LedFrame frame : frames.subList(0, frames.size() - 1)) {
            assertThat(screen.receive(frame).acknowledges(LedCommands.TEXT_LINE)).isTrue();
            assertThat(screen.lines().get(2)).isEmpty();
        }
        assertThat(screen.receive(frames.getLast()).acknowledges(LedCommands.TEXT_LINE)).isTrue();

        assertThat(screen.lines().get(2)).isEqualTo(text);
    }

    @Test
    void thePayScreenTheFreeSpacesTheVoiceAndTheClockAreRead() {
        screen.receive(commands.payScreen("http://pg.local/pay/k7Hq2Z", "京A10004 欠费613.50元", 61350, 0, true));
        screen.receive(commands.freeSpaces(37, 0));
        commands.speak("请扫码缴费", true).forEach(screen::receive);
        screen.receive(commands.clock(LocalDateTime.of(2026, 12, 3, 14, 30, 5)));

        assertThat(screen.payQr()).isEqualTo("http://pg.local/pay/k7Hq2Z");
        assertThat(screen.payText()).isEqualTo("京A10004 欠费613.50元");
        assertThat(screen.payTenths()).isEqualTo(6135);
        assertThat(screen.freeSpaces()).isEqualTo(37);
        assertThat(screen.spoken()).as("the voice cleared what the pay screen said").containsExactly("请扫码缴费");
        assertThat(screen.clock()).isEqualTo(LocalDateTime.of(2026, 12, 3, 14, 30, 5));
    }

    @Test
    void aFrameTheScreenCannotReadIsAnsweredNotDoneAndChangesNothing() {
        screen.receive(commands.textLine(0, "欢迎光临", LineStyle.still(LineStyle.GREEN)).getFirst());

        LedFrame unknown = screen.receive(new LedFrame(0, LedFrame.LAST_PACKET, 0x99, new byte[] {1}));
        LedFrame truncated = screen.receive(new LedFrame(0, LedFrame.LAST_PACKET, LedCommands.TEXT_LINE, new byte[] {0, 1}));
        LedFrame badClock = screen.receive(new LedFrame(0, LedFrame.LAST_PACKET, LedCommands.CLOCK,
                new byte[] {(byte) 0xEA, 7, 13, 40, 1, 25, 61, 0}));

        assertThat(List.of(unknown, truncated, badClock)).allSatisfy(answer -> {
            assertThat(answer.data()).containsExactly(LedScreenReading.NOT_UNDERSTOOD);
            assertThat(answer.acknowledges(answer.command())).isFalse();
        });
        assertThat(screen.lines().getFirst()).isEqualTo("欢迎光临");
        assertThat(screen.clock()).isNull();
    }
}
