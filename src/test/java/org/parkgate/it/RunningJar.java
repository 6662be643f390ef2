package org.parkgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.parkgate.TestDatabase;

/**
 * The packaged target/parkgate.jar running in its own JVM, as an office would run it: its log is
 * collected, it can be stopped cleanly (SIGTERM) or killed (SIGKILL).
 */
final class RunningJar implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path logFile;
    final int port;
    /** The port serving only the public part ({@code parkgate.public-port}); 0 when there is none. */
    final int publicPort;
    final Path dataDir;

    private RunningJar(Process process, Path logFile, int port, int publicPort, Path dataDir) {
        this.process = process;
        this.logFile = logFile;
        this.port = port;
        this.publicPort = publicPort;
        this.dataDir = dataDir;
    }

    static RunningJar start(Path dataDir, Map<String, String> environment, String... arguments) {
        return start(dataDir, environment, 0, arguments);
    }

    /** Started with a second port for the public part, which pay links and the sandbox's notifications use. */
    static RunningJar startWithPublicPort(Path dataDir, Map<String, String> environment, String... arguments) {
        return start(dataDir, environment, freePort(), arguments);
    }

    private static RunningJar start(Path dataDir, Map<String, String> environment, int publicPort, String... arguments) {
        Path jar = Path.of(System.getProperty("parkgate.jar", "target/parkgate.jar"));
        return start(dataDir, environment, publicPort, List.of("-Xmx512m", "-jar", existing(jar)), arguments);
    }

    /**
     * The fast-starting layout of the build as the README runs it: target/app/parkgate.jar with
     * target/app/jvm.options and the AOT cache, which must be taken ({@code -XX:AOTMode=on}: a
     * cache that cannot be used stops the JVM).
     */
    static RunningJar startAppLayout(Path dataDir, String... arguments) {
        Path app = Path.of(System.getProperty("parkgate.jar", "target/parkgate.jar")).toAbsolutePath().resolveSibling("app");
        return start(dataDir, Map.of(), 0, List.of("@" + existing(app.resolve("jvm.options")),
                "-XX:AOTCache=" + existing(app.resolve("parkgate.aot")), "-XX:AOTMode=on",
                "-jar", existing(app.resolve("parkgate.jar"))), arguments);
    }

    private static String existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No " + file + ": run mvn verify");
        }
        return file.toAbsolutePath().toString();
    }

    private static RunningJar start(Path dataDir, Map<String, String> environment, int publicPort, List<String> launch,
            String... arguments) {
        int port = freePort();
        while (port == publicPort) {
            port = freePort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch);
        command.addAll(List.of(
                "--server.port=" + port,
                "--parkgate.public-port=" + publicPort,
                // pay links and the sandbox's notifications
                "--parkgate.public-url=http://localhost:" + (publicPort > 0 ? publicPort : port),
                "--parkgate.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(TestDatabase.jarArguments(dataDir));
        if (java.util.Arrays.stream(arguments).noneMatch(a -> a.startsWith("--parkgate.demo-history-days="))) {
            // no made-up past in the demo: these tests count what they do (DemoHistoryTest checks the past)
            command.add("--parkgate.demo-history-days=0");
        }
        command.addAll(List.of(arguments));
        // to a file, not a pipe: Process.destroy() closes pipes, and the shutdown log matters
        Path logFile = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().remove("PARKGATE_ADMIN_PASSWORD");
        builder.environment().putAll(environment);
        try {
            return new RunningJar(builder.start(), logFile, port, publicPort, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the application reports it has started. */
    RunningJar awaitStarted() {
        awaitLogLine(line -> line.contains("ParkGate is ready"), START_TIMEOUT);
        return this;
    }

    String awaitLogLine(Predicate<String> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (String line : logText().split("\n")) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("ParkGate exited with " + process.exitValue() + ":\n" + logText());
            }
            sleep(20);
        }
        throw new IllegalStateException("Timed out waiting for a log line; log so far:\n" + logText());
    }

    String logText() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return uri(port, path);
    }

    static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** POSTs a JSON body with the given headers (name, value, name, value, ...). */
    HttpResponse<String> post(String path, String json, String... headers) {
        return post(port, path, json, headers);
    }

    /** POSTs a JSON body to the given port (the public one, say). */
    HttpResponse<String> post(int toPort, String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(uri(toPort, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path, String... headers) {
        return get(port, path, headers);
    }

    /** GETs from the given port (the public one, say), following no redirect. */
    HttpResponse<String> get(int fromPort, String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(fromPort, path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Signs in through the login form, as the browser does; true when the password was accepted. */
    boolean signIn(String username, String password) {
        return !signInRedirect(username, password).contains("/login");
    }

    /**
     * Where the login form sends the browser after this attempt, made as the browser makes it: the
     * login page first (its session cookie and CSRF token), then the form with both.
     */
    String signInRedirect(String username, String password) {
        HttpResponse<String> page = get("/login");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        return postLogin("username=" + username + "&password=" + password + "&_csrf=" + token.group(1), cookie);
    }

    /** The login form's POST as given (a forged one, say), with {@code cookie} if not null. */
    String postLogin(String form, String cookie) {
        var request = HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 302) {
            throw new AssertionError("login answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as Ctrl+C or a service manager would; waits for the JVM to end. */
    int stop() {
        process.destroy();
        return waitFor();
    }

    /** Waits for the JVM to end by itself (a refused start); its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("ParkGate still runs after " + timeout + ":\n" + logText());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hooks, nothing flushed on the way out. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    private int waitFor() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
