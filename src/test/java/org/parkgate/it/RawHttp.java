package org.parkgate.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends (CR/LF or bad
 * %-encoding in the path, odd headers): the request is written as given and the whole answer read.
 */
final class RawHttp {

    /** An answer as received: status, the raw head and body text. */
    record Answer(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        boolean problemJson() {
            String type = header("Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, String target, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            try {
                out.write(head.getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (java.net.SocketException answeredEarly) {
                // the server refused before reading the rest (413, 401 with Connection: close): read its answer
            }
            String text = readAll(socket.getInputStream());
            int end = text.indexOf("\r\n\r\n");
            String answerHead = end < 0 ? text : text.substring(0, end);
            String answerBody = end < 0 ? "" : text.substring(end + 4);
            String[] statusLine = answerHead.split("\r\n", 2)[0].split(" ");
            return new Answer(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, answerHead, answerBody);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException resetAfterAnswer) {
            // the server closed after answering while the body was still coming
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
