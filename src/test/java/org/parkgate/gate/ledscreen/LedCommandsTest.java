package org.parkgate.gate.ledscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screen frames byte for byte: against the vendor's own example of the protocol (field notes,
 * "Lane LED displays and voice"), against the protocol document's examples of the voice and
 * free-spaces commands and against a lines-and-voice frame a parking integrator sends to these
 * screens, and at the edges of GBK (a plate's province, 元, digits, a text longer than one frame).
 */
class LedCommandsTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private final LedCommands screen = new LedCommands(0);

    @Test
    void aLineOfTextIsTheVendorsExampleFrameByteForByte() {
        LineStyle vendors = new LineStyle(0x15, 1, 2, 0x15, 1, 3, 0, LineStyle.RED, LineStyle.BLACK);

        List<LedFrame> frames = screen.textLine(0, "欢迎光临请入场停车", vendors);

        assertThat(frames).hasSize(1);
        assertThat(hex(frames.getFirst())).isEqualTo("00 64 ff ff 62 25 00 15 01 00 02 15 01 03 00 ff 00 00 00 00 00 00"
                + " 00 12 00 bb b6 d3 ad b9 e2 c1 d9 c7 eb c8 eb b3 a1 cd a3 b3 b5 f4 f5");
    }

    @Test
    void theScreensAcknowledgementIsReadAndItsCrcChecked() {
        LedFrame ack = LedFrame.parse(HEX.parseHex("00 64 FF FF 62 01 00 97 6A"));

        assertThat(ack.acknowledges(LedCommands.TEXT_LINE)).isTrue();
        assertThat(ack.acknowledges(LedCommands.LINES_AND_VOICE)).as("an answer to another command").isFalse();
        assertThat(LedFrame.ack(0, LedCommands.TEXT_LINE, 0)).isEqualTo(ack);
        assertThat(LedFrame.parse(HEX.parseHex("00 64 FF FF 62 01 01 56 AA")).acknowledges(LedCommands.TEXT_LINE))
                .as("ACK 1: not done").isFalse();
        assertThatThrownBy(() -> LedFrame.parse(HEX.parseHex("00 64 FF FF 62 01 00 97 6B")))
                .hasMessageContaining("CRC");
        assertThatThrownBy(() -> LedFrame.parse(HEX.parseHex("00 64 FF FF 62 02 00 97 6A")))
                .as("the length byte says more than there is").hasMessageContaining("not one frame");
    }

    @Test
    void linesWithVoiceAreTheFrameAnIntegratorSendsToTheseScreens() {
        LineStyle running = new LineStyle(0x15, 1, 0x19, 0x15, 1, 3, 0, LineStyle.RED, LineStyle.BLACK);

        LedFrame frame = screen.linesAndVoice(List.of("一路顺风", "沪AAP6375", "临时车", "谢谢惠顾"),
                "沪AAP6375,临时车,祝您一路顺风",
                List.of(running, running.in(LineStyle.GREEN), running, running));

        assertThat(hex(frame)).isEqualTo("00 64 ff ff 6e 6d 00 04 00 15 01 19 00 ff 00 00 00 08 d2 bb c2 b7 cb b3"
                + " b7 e7 0d 01 15 01 19 00 00 ff 00 00 09 bb a6 41 41 50 36 33 37 35 0d 02 15 01 19 00 ff 00 00 00 06"
                + " c1 d9 ca b1 b3 b5 0d 03 15 01 19 00 ff 00 00 00 08 d0 bb d0 bb bb dd b9 cb 00 0a 1d bb a6 41 41 50"
                + " 36 33 37 35 2c c1 d9 ca b1 b3 b5 2c d7 a3 c4 fa d2 bb c2 b7 cb b3 b7 e7 00 5c f3");
    }

    @Test
    void aSpokenAmountIsTheDocumentsVoiceExample() {
        assertThat(screen.speak("请交费10元", false)).extracting(LedCommandsTest::hex)
                .containsExactly("00 64 ff ff 30 0b 01 c7 eb bd bb b7 d1 31 30 d4 aa 43 1e");
        assertThat(screen.speak("请交费10元", true).getFirst().data()[0]).as("interrupting: clear, then play")
                .isEqualTo((byte) 0x02);
    }

    @Test
    void theFreeSpacesScreenIsTheDocumentsExample() {
        assertThat(hex(screen.freeSpaces(10, 5))).isEqualTo("00 64 ff ff e3 09 01 00 00 05 00 0a 00 00 00 a0 45");
    }

    @Test
    void theClockIsSetWithSundayAsDayOne() {
        LedFrame thursday = screen.clock(LocalDateTime.of(2016, 3, 10, 15, 5, 6));
        LedFrame sunday = screen.clock(LocalDateTime.of(2026, 12, 6, 23, 59, 59));

        assertThat(thursday.data()).containsExactly(0xE0, 0x07, 3, 10, 5, 15, 5, 6);
        assertThat(sunday.data()).containsExactly(0xEA, 0x07, 12, 6, 1, 23, 59, 59);
        assertThat(LedFrame.parse(thursday.bytes())).isEqualTo(thursday);
    }

    @Test
    void thePayScreenCarriesTheQrCodeTheTextAndTheAmount() {
        String link = "http://192.168.1.10:8080/pay/k7Hq2Z";
        LedFrame frame = screen.payScreen(link, "京A10004 欠费613.50元 请扫码缴费", 61350, 0, true);
        byte[] data = frame.data();

        byte[] qr = link.getBytes(GbkText.GBK);
        byte[] text = "京A10004 欠费613.50元 请扫码缴费".getBytes(GbkText.GBK);
        assertThat(data).hasSize(32 + qr.length + 1 + text.length + 1);
        assertThat(data[0]).as("shown").isEqualTo((byte) 1);
        assertThat(data[9] & 0xFF | (data[10] & 0xFF) << 8).as("in tenths of a yuan").isEqualTo(6135);
        assertThat(data[13]).isEqualTo((byte) qr.length);
        assertThat(data[14]).isEqualTo((byte) text.length);
        assertThat(data[15]).as("with text, spoken").isEqualTo((byte) 0x81);
        assertThat(new String(data, 32, qr.length, GbkText.GBK)).isEqualTo(link);
        assertThat(data[32 + qr.length]).isZero();
        assertThat(new String(data, 33 + qr.length, text.length, GbkText.GBK)).isEqualTo("京A10004 欠费613.50元 请扫码缴费");
        assertThat(data[data.length - 1]).isZero();
        assertThat(LedCommands.fitsPayScreen("https://qr.alipay.com/" + "x".repeat(200))).isFalse();
        assertThatThrownBy(() -> screen.payScreen("x".repeat(300), "", 0, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void provinceCharactersYuanAndDigitsAreGbk() {
        assertThat(GbkText.of("京")).containsExactly(0xBE, 0xA9);
        assertThat(GbkText.of("粤B")).containsExactly(0xD4, 0xC1, 'B');
        assertThat(GbkText.of("元")).containsExactly(0xD4, 0xAA);
        assertThat(GbkText.of("613.50")).containsExactly('6', '1', '3', '.', '5', '0');
        assertThat(GbkText.of("😀")).as("what GBK cannot say becomes ?").containsExactly('?');
    }

    @Test
    void aLineIsCutAtAWholeCharacterNeverInHalf() {
        LineStyle still = LineStyle.still(LineStyle.RED);

        LedFrame frame = screen.linesAndVoice(List.of("A" + "京".repeat(20)), "", List.of(still));

        byte[] data = frame.data();
        int length = data[2 + 9] & 0xFF;
        assertThat(length).as("1 + 15 characters of 2 bytes: the 16th would make 33").isEqualTo(31);
        assertThat(GbkText.decode(java.util.Arrays.copyOfRange(data, 12, 12 + length))).isEqualTo("A" + "京".repeat(15));
    }

    @Test
    void aTextLongerThanOneFrameGoesInNumberedPackets() {
        String text = "京A10004 欠费613.50元 请扫码缴费 ".repeat(20);
        byte[] whole = GbkText.of(text);

        List<LedFrame> frames = screen.textLine(1, text, LineStyle.running(LineStyle.RED));

        assertThat(whole.length + 19).isGreaterThan(2 * LedFrame.MAX_DATA);
        assertThat(frames).hasSize((whole.length + 19 + LedFrame.MAX_DATA - 1) / LedFrame.MAX_DATA);
        assertThat(frames).extracting(LedFrame::packet).startsWith(0, 1).endsWith(LedFrame.LAST_PACKET);
        assertThat(frames).allSatisfy(f -> assertThat(f.data().length).isLessThanOrEqualTo(LedFrame.MAX_DATA));
        var joined = new java.io.ByteArrayOutputStream();
        frames.forEach(f -> joined.writeBytes(f.data()));
        byte[] data = joined.toByteArray();
        assertThat(data[17] & 0xFF | (data[18] & 0xFF) << 8).as("the whole text's length").isEqualTo(whole.length);
        assertThat(GbkText.decode(java.util.Arrays.copyOfRange(data, 19, data.length))).isEqualTo(text);
        assertThat(frames).allSatisfy(f -> assertThat(LedFrame.parse(f.bytes())).isEqualTo(f));
    }

    @Test
    void aLongSpokenTextIsQueuedInPiecesOfWholeCharacters() {
        String text = "请扫码缴费，".repeat(30);

        List<LedFrame> frames = screen.speak(text, true);

        assertThat(frames).hasSizeGreaterThan(1);
        assertThat(frames).extracting(f -> f.data()[0]).containsOnlyOnce((byte) 0x02).startsWith((byte) 0x02);
        var spoken = new StringBuilder();
        frames.forEach(f -> spoken.append(GbkText.decode(java.util.Arrays.copyOfRange(f.data(), 1, f.data().length))));
        assertThat(spoken).hasToString(text);
    }

    private static String hex(LedFrame frame) {
        return HEX.formatHex(frame.bytes());
    }
}
