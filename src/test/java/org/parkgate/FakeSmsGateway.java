package org.parkgate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for the SMS gateway: it records every request and answers as
 * told ({@link Mode}): accepted, refused with an error code, an HTTP 500, or too late. It is
 * shared by every test, so a test sets how it answers for its own phone numbers only (other
 * tests' messages, the demo's among them, are accepted as usual).
 */
public final class FakeSmsGateway {

    public enum Mode { ACCEPT, REFUSE, SERVER_ERROR, TOO_SLOW }

    /** One request as the gateway received it. */
    public record Request(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private static final FakeSmsGateway INSTANCE = new FakeSmsGateway();
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Mode> modes = new java.util.concurrent.ConcurrentHashMap<>();

    private FakeSmsGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-sms-gateway");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
            String phone = JSON.readTree(body).path("phone").asString("");
            Mode now = modes.getOrDefault(phone, Mode.ACCEPT);
            if (now == Mode.TOO_SLOW) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = now == Mode.SERVER_ERROR ? 500 : 200;
            String answer = switch (now) {
                case ACCEPT, TOO_SLOW -> "{\"code\":\"OK\",\"message\":\"OK\",\"bizId\":\"b" + requests.size() + "\"}";
                case REFUSE -> "{\"code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"message\":\"number not valid\"}";
                case SERVER_ERROR -> "{\"code\":\"InternalError\",\"message\":\"try later\"}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException clientGone) {
                // the sender's time-out ran out first
            }
            exchange.close();
        });
        server.start();
    }

    public static FakeSmsGateway get() {
        return INSTANCE;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** How it answers messages to {@code phone} from now on. */
    public void answer(String phone, Mode newMode) {
        modes.put(phone, newMode);
    }

    /** Accepting every number again, as at the start (what it received is kept: tests look up their own numbers). */
    public void reset() {
        modes.clear();
    }

    /** The requests whose body contains {@code text} (a phone number, say), in order. */
    public List<Request> requestsContaining(String text) {
        List<Request> found = new ArrayList<>();
        for (Request request : requests) {
            if (request.body().contains(text)) {
                found.add(request);
            }
        }
        return found;
    }
}
