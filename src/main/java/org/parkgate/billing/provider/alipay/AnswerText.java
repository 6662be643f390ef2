package org.parkgate.billing.provider.alipay;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The signed part of a synchronous answer, cut from its raw text: Alipay signs the exact text of
 * the {@code <method>_response} value (for example {@code alipay_trade_precreate_response}; an
 * older error answer uses {@code error_response}) as it stands in the body, and puts the Base64
 * signature beside it as {@code sign}. So the text is taken as it is, never re-serialised; the
 * body must be one JSON object that names each member once (a second response is refused, as
 * Alipay's SDK refuses it).
 */
record AnswerText(String node, String content, @Nullable String sign) {

    static final String ERROR_NODE = "error_response";

    /** The answer's signed text for {@code method}; an {@link IllegalArgumentException} when it is not there or not JSON. */
    static AnswerText of(String body, String method) {
        Scanner scanner = new Scanner(body);
        Map<String, int[]> members = scanner.topLevelMembers();
        String node = method.replace('.', '_') + "_response";
        int[] span = members.get(node);
        if (span == null) {
            node = ERROR_NODE;
            span = members.get(node);
        }
        if (span == null) {
            throw new IllegalArgumentException("the answer has no " + method.replace('.', '_') + "_response");
        }
        if (body.charAt(span[0]) != '{') {
            throw new IllegalArgumentException("the answer's " + node + " is not an object");
        }
        int[] signSpan = members.get("sign");
        String sign = signSpan == null ? null : scanner.stringAt(signSpan[0]);
        return new AnswerText(node, body.substring(span[0], span[1]), sign);
    }

    /** Just enough of a JSON reader to find where each top-level value starts and ends. */
    private static final class Scanner {

        private static final int MAX_DEPTH = 64;
        private final String text;
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        Map<String, int[]> topLevelMembers() {
            Map<String, int[]> members = new HashMap<>();
            space();
            expect('{');
            space();
            if (peek() == '}') {
                pos++;
            } else {
                while (true) {
                    space();
                    String name = string();
                    space();
                    expect(':');
                    space();
                    int start = pos;
                    value(1);
                    if (members.put(name, new int[] {start, pos}) != null) {
                        throw new IllegalArgumentException("the answer names " + name + " twice");
                    }
                    space();
                    char next = next();
                    if (next == '}') {
                        break;
                    }
                    if (next != ',') {
                        throw unexpected(next);
                    }
                }
            }
            space();
            if (pos != text.length()) {
                throw new IllegalArgumentException("text after the answer's object");
            }
            return members;
        }

        String stringAt(int at) {
            pos = at;
            if (peek() != '"') {
                throw new IllegalArgumentException("the answer's sign is not a string");
            }
            return string();
        }

        private void value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("the answer nests deeper than " + MAX_DEPTH);
            }
            char c = peek();
            switch (c) {
                case '{' -> members(depth, '}', true);
                case '[' -> members(depth, ']', false);
                case '"' -> string();
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> number(c);
            }
        }

        /** An object's members or an array's items, from the opening bracket to the closing one. */
        private void members(int depth, char close, boolean named) {
            pos++;
            space();
            if (peek() == close) {
                pos++;
                return;
            }
            while (true) {
                space();
                if (named) {
                    string();
                    space();
                    expect(':');
                    space();
                }
                value(depth + 1);
                space();
                char next = next();
                if (next == close) {
                    return;
                }
                if (next != ',') {
                    throw unexpected(next);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return value.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("a control character in a string of the answer");
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> value.append(unicode());
                    default -> throw new IllegalArgumentException("a bad escape \\" + escaped + " in the answer");
                }
            }
        }

        private char unicode() {
            if (pos + 4 > text.length()) {
                throw new IllegalArgumentException("the answer ends inside a \\u escape");
            }
            try {
                char c = (char) Integer.parseInt(text, pos, pos + 4, 16);
                pos += 4;
                return c;
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException("a bad \\u escape in the answer");
            }
        }

        private void literal(String word) {
            if (!text.startsWith(word, pos)) {
                throw unexpected(peek());
            }
            pos += word.length();
        }

        private void number(char first) {
            if (first != '-' && (first < '0' || first > '9')) {
                throw unexpected(first);
            }
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private void space() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private void expect(char wanted) {
            char c = next();
            if (c != wanted) {
                throw unexpected(c);
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("the answer ends early");
            }
            return text.charAt(pos);
        }

        private char next() {
            char c = peek();
            pos++;
            return c;
        }

        private IllegalArgumentException unexpected(char c) {
            return new IllegalArgumentException("the answer is not JSON: '" + c + "' at " + pos);
        }
    }
}
