package org.parkgate.reminder.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the SMS providers' stand-ins share: an HTTP server on a free port of 127.0.0.1 on daemon
 * threads, the clock they check request times against, the numbers they refuse, how many
 * requests they refused for their signature, and a JSON answer.
 */
abstract class ProviderStandIn implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusedSignatures = new AtomicInteger();
    private volatile Clock clock = Clock.systemUTC();

    ProviderStandIn(String threadName) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts answering; called by the stand-in's factory once it is fully made. */
    final <T extends ProviderStandIn> T started(T self) {
        server.start();
        return self;
    }

    abstract void handle(HttpExchange exchange) throws IOException;

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The clock request times are checked against and sending times are taken from. */
    public void clock(Clock newClock) {
        clock = newClock;
    }

    Clock clock() {
        return clock;
    }

    /** Texts to {@code phone} are refused from now on (each provider with its own code). */
    public void refuse(String phone) {
        refused.add(phone);
    }

    boolean refuses(String phone) {
        return refused.contains(phone);
    }

    /** How many requests were refused for their signature. */
    public int refusedSignatures() {
        return refusedSignatures.get();
    }

    void signatureRefused() {
        refusedSignatures.incrementAndGet();
    }

    static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
