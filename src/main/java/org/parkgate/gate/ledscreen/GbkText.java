package org.parkgate.gate.ledscreen;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Texts as the screens take them: GBK, a character the screen cannot show as {@code ?}, cut at a
 * whole character (GBK characters are one byte below 0x80, otherwise two) so that no frame ends in
 * half a character.
 */
final class GbkText {

    static final Charset GBK = Charset.forName("GBK");

    private GbkText() {
    }

    static byte[] of(String text) {
        try {
            ByteBuffer encoded = GBK.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        } catch (CharacterCodingException cannotHappenWhenReplacing) {
            throw new IllegalStateException(cannotHappenWhenReplacing);
        }
    }

    /** The text's first whole characters that fit into {@code max} bytes. */
    static byte[] cut(String text, int max) {
        byte[] bytes = of(text);
        return Arrays.copyOf(bytes, wholeCharacters(bytes, 0, max));
    }

    /** The text in pieces of at most {@code max} bytes, each of whole characters. */
    static List<byte[]> pieces(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a piece holds at least one character of two bytes");
        }
        byte[] bytes = of(text);
        List<byte[]> pieces = new ArrayList<>();
        for (int start = 0; start < bytes.length; ) {
            int length = wholeCharacters(bytes, start, max);
            pieces.add(Arrays.copyOfRange(bytes, start, start + length));
            start += length;
        }
        return pieces;
    }

    static String decode(byte[] bytes) {
        return new String(bytes, GBK);
    }

    private static int wholeCharacters(byte[] bytes, int start, int max) {
        int end = start;
        while (end < bytes.length) {
            int width = (bytes[end] & 0xFF) < 0x80 ? 1 : 2;
            if (end + width - start > max) {
                break;
            }
            end += width;
        }
        return end - start;
    }
}
