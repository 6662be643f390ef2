package org.parkgate.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A POST of a huge body over a plain socket, as an attacker sends it: a JSON object with one
 * endless string (so a parser reads on), written while the answer is read, so a server that
 * answers early (and stops reading) is seen answering.
 */
final class RawPost {

    private RawPost() {
    }

    /** The HTTP status the server answers to {@code bytes} of body (declared, or chunked). */
    static int status(int port, String path, String deviceKey, long bytes, boolean chunked)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Api-Key: " + deviceKey + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bytes + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = Thread.ofPlatform().daemon().start(() -> writeBody(out, bytes, chunked));
            String statusLine = firstLine(socket.getInputStream());
            writer.interrupt();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static void writeBody(OutputStream out, long bytes, boolean chunked) {
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) 'a');
        byte[] start = "{\"plate\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, block, 0, start.length);
        try {
            for (long sent = 0; sent < bytes && !Thread.currentThread().isInterrupted(); sent += block.length) {
                if (chunked) {
                    out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block);
                java.util.Arrays.fill(block, 0, start.length, (byte) 'a');
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException closedByTheServer) {
            // the server answered and stopped reading: what the test wants to see
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
