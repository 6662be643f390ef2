package org.parkgate.gate.ledscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What one lane message becomes on the screen, read back as the screen reads it. */
class ScreenFramesTest {

    private final LedCommands commands = new LedCommands(0);

    private static LedScreenReading shown(List<LedFrame> frames) {
        var screen = new LedScreenReading(0);
        for (LedFrame frame : frames) {
            LedFrame sent = LedFrame.parse(frame.bytes());
            assertThat(screen.receive(sent).acknowledges(sent.command())).as("0x%02X understood", sent.command()).isTrue();
        }
        return screen;
    }

    @Test
    void aRefusalIsItsLinesInRedWithTheSentenceSpokenInTheSameFrame() {
        List<LedFrame> frames = new ScreenFrames(commands, false).of(List.of("京A10004", "欠费限行", "应缴613.50元",
                "已逾期45天"), "京A10004 已欠费 613.50 元 45 天，请扫码缴费", "https://pay.example/p/x", 61350, true);
        assertThat(frames).singleElement().extracting(LedFrame::command).isEqualTo(LedCommands.LINES_AND_VOICE);
        LedScreenReading screen = shown(frames);
        assertThat(screen.lines()).containsExactly("京A10004", "欠费限行", "应缴613.50元", "已逾期45天");
        assertThat(screen.spoken()).containsExactly("京A10004 已欠费 613.50 元 45 天，请扫码缴费");
        assertThat(screen.payQr()).as("no pay screen on this screen").isNull();
        byte[] data = frames.getFirst().data();
        assertThat(new byte[] {data[7], data[8], data[9]}).as("the first line's colour: red")
                .containsExactly(0xFF, 0, 0);
    }

    @Test
    void aScreenWithAPayScreenShowsTheQrCodeAndTheAmountAndSpeaks() {
        List<LedFrame> frames = new ScreenFrames(commands, true).of(List.of("京A10004", "欠费限行"),
                "请扫码缴费", "https://pay.example/p/x", 61350, true);
        assertThat(frames).extracting(LedFrame::command).containsExactly(LedCommands.PAY_SCREEN, LedCommands.VOICE);
        LedScreenReading screen = shown(frames);
        assertThat(screen.payQr()).isEqualTo("https://pay.example/p/x");
        assertThat(screen.payTenths()).isEqualTo(6135);
        assertThat(screen.payText()).isEqualTo("京A10004 欠费限行");
        assertThat(screen.spoken()).containsExactly("请扫码缴费");
    }

    @Test
    void aPayLinkTooLongForThePayScreenFallsBackToTheLines() {
        String longLink = "https://pay.example/p/" + "x".repeat(240);
        List<LedFrame> frames = new ScreenFrames(commands, true).of(List.of("京A10004", "请扫码缴费"), "", longLink, 100,
                true);
        assertThat(frames).extracting(LedFrame::command).containsExactly(LedCommands.LINES_AND_VOICE);
        assertThat(shown(frames).lines()).startsWith("京A10004", "请扫码缴费");
    }

    @Test
    void aSentenceLongerThanTheLinesFrameCarriesIsSpokenInPiecesAfterSilentLines() {
        String sentence = "京A10004 月卡当前不可用（已过期、不在使用时段或车位已满），请续费或联系物业";
        List<LedFrame> frames = new ScreenFrames(commands, false).of(List.of("京A10004", "月卡当前不可用"), sentence, null,
                0, true);
        assertThat(frames.getFirst().command()).isEqualTo(LedCommands.LINES_AND_VOICE);
        assertThat(frames.subList(1, frames.size())).extracting(LedFrame::command).containsOnly(LedCommands.VOICE);
        LedScreenReading screen = shown(frames);
        assertThat(screen.lines()).startsWith("京A10004", "月卡当前不可用");
        assertThat(String.join("", screen.spoken())).isEqualTo(sentence);
    }

    @Test
    void aLineLongerThanTheLinesFrameHoldsFollowsWholeAsARunningText() {
        String link = "192.168.1.10:8080/pay/Yx3kQm9TzL0aBcDeFgHiJk";
        List<LedFrame> frames = new ScreenFrames(commands, false).of(List.of("京A10004", "欠费限行", "应缴613.50元", link),
                "", "https://pay.example/p/x", 61350, true);
        assertThat(frames).extracting(LedFrame::command)
                .containsExactly(LedCommands.LINES_AND_VOICE, LedCommands.TEXT_LINE);
        assertThat(frames.get(1).data()[1]).as("running").isEqualTo((byte) LineStyle.RUNNING_LEFT);
        assertThat(shown(frames).lines()).containsExactly("京A10004", "欠费限行", "应缴613.50元", link);
    }

    @Test
    void anOpeningIsGreen() {
        byte[] data = new ScreenFrames(commands, false).of(List.of("京A10001", "欢迎光临"), "京A10001 欢迎回家", null, 0, false)
                .getFirst().data();
        assertThat(new byte[] {data[7], data[8], data[9]}).containsExactly(0, 0xFF, 0);
    }
}
