package org.parkgate.integration.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP endpoint on this machine as an integrator would write one: it checks every
 * delivery's signature with its own HMAC (the published scheme {@code t=<unix>,v1=<hex
 * HMAC-SHA256(secret, "t.body")>}, not ParkGate's code), records what it got and answers as told:
 * 200 by default, or the next of the queued answers (a status, a redirect, a wait longer than
 * ParkGate's timeout).
 */
final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A delivery as received: its headers of interest, body, and whether the signature held. */
    record Received(String eventId, String type, int attempt, String body, boolean signed) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** How to answer one delivery. */
    record Answer(int status, Duration delay, String location) {

        static Answer status(int status) {
            return new Answer(status, Duration.ZERO, null);
        }

        static Answer redirect(String location) {
            return new Answer(302, Duration.ZERO, location);
        }

        static Answer slow(Duration wait) {
            return new Answer(200, wait, null);
        }
    }

    final String secret;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    WebhookReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            String attempt = headers.getFirst("X-ParkGate-Delivery-Attempt");
            received.add(new Received(headers.getFirst("X-ParkGate-Event-Id"), headers.getFirst("X-ParkGate-Event"),
                    attempt == null ? 0 : Integer.parseInt(attempt), body, verifies(headers.getFirst("X-ParkGate-Signature"), body)));
            Answer answer = answers.poll();
            if (answer == null) {
                answer = Answer.status(200);
            }
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
            }
            byte[] text = ("answered " + answer.status()).getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(answer.status(), text.length);
                exchange.getResponseBody().write(text);
            } catch (IOException gone) {
                // ParkGate stopped waiting: that is what the slow answer is for
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void answerNext(Answer... next) {
        answers.addAll(List.of(next));
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The deliveries so far once there are at least {@code count}, waiting up to 10 s of wall time. */
    List<Received> await(int count) throws InterruptedException {
        return awaitUntil(got -> got.size() >= count);
    }

    /** What arrived once {@code enough} holds for it (or after 10 s, whatever came). */
    List<Received> awaitUntil(java.util.function.Predicate<List<Received>> enough) throws InterruptedException {
        return awaitUntil(enough, Duration.ofSeconds(10));
    }

    /** What arrived once {@code enough} holds for it (or after {@code within} of wall time, whatever came). */
    List<Received> awaitUntil(java.util.function.Predicate<List<Received>> enough, Duration within)
            throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (!enough.test(received()) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return received();
    }

    private boolean verifies(String header, String body) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                t = pair[1];
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
