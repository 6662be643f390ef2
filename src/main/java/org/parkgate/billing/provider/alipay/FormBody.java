package org.parkgate.billing.provider.alipay;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} both ways: a request's parameters in UTF-8, and a
 * notification's body decoded in the charset its own {@code charset} parameter names (UTF-8 when
 * it names none; GBK and GB18030 as Alipay also sends them). Reading is strict: printable ASCII
 * only, every part {@code name=value}, valid percent escapes, valid text in the charset, each name
 * once; anything else is an {@link IllegalArgumentException} saying what is wrong.
 */
final class FormBody {

    static final int MAX_PARAMETERS = 200;
    private static final Map<String, Charset> CHARSETS = Map.of(
            "utf-8", StandardCharsets.UTF_8,
            "utf8", StandardCharsets.UTF_8,
            "gbk", Charset.forName("GBK"),
            "gb2312", Charset.forName("GBK"),
            "gb18030", Charset.forName("GB18030"));

    /** Parameters as read, in the charset the body named. */
    record Decoded(Map<String, String> parameters, Charset charset) {
    }

    private FormBody() {
    }

    static String encode(Map<String, String> parameters) {
        StringBuilder body = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    static Decoded decode(byte[] body) {
        List<byte[][]> pairs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    pairs.add(pair(body, start, i));
                    if (pairs.size() > MAX_PARAMETERS) {
                        throw new IllegalArgumentException("more than " + MAX_PARAMETERS + " parameters");
                    }
                }
                start = i + 1;
            } else if (body[i] < 0x21 || body[i] > 0x7e) {
                throw new IllegalArgumentException("not form-encoded: byte 0x"
                        + Integer.toHexString(body[i] & 0xff) + " at " + i);
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no parameters");
        }
        Charset charset = charsetOf(pairs);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (byte[][] pair : pairs) {
            String name = text(pair[0], charset);
            if (parameters.put(name, text(pair[1], charset)) != null) {
                throw new IllegalArgumentException("parameter " + name + " given twice");
            }
        }
        return new Decoded(parameters, charset);
    }

    /** The percent-decoded bytes of one {@code name=value} part. */
    private static byte[][] pair(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == '=') {
                if (i == from) {
                    throw new IllegalArgumentException("a parameter without a name at " + from);
                }
                return new byte[][] {unescape(body, from, i), unescape(body, i + 1, to)};
            }
        }
        throw new IllegalArgumentException("not form-encoded: a part without '=' at " + from);
    }

    private static byte[] unescape(byte[] body, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
                int low = i + 2 < to ? Character.digit(body[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("a broken percent escape at " + i);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return bytes.toByteArray();
    }

    private static Charset charsetOf(List<byte[][]> pairs) {
        for (byte[][] pair : pairs) {
            if (new String(pair[0], StandardCharsets.US_ASCII).equals("charset")) {
                String named = new String(pair[1], StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
                Charset charset = CHARSETS.get(named);
                if (charset == null) {
                    throw new IllegalArgumentException("unsupported charset " + named);
                }
                return charset;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String text(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException broken) {
            throw new IllegalArgumentException("text that is not " + charset.name());
        }
    }
}
