package org.parkgate.billing.provider;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A provider client's HTTP: HTTP/1.1, no redirects, every call done within connect + read
 * time-out, connecting included (a server that stalls in the middle of a body cannot hold a
 * lane), answers read at most {@code maxBodyBytes} ({@link LimitedBody}). A call that gets no
 * answer is an {@link Unanswered} saying how; what an answer means is the caller's.
 */
public final class BoundedHttp implements AutoCloseable {

    /** How a call got no answer. */
    public enum Failure {
        /** Not connected or not answered within the deadline. */
        TIMED_OUT,
        /** The answer was longer than allowed; it was not read on. */
        TOO_LARGE,
        /** The connection failed or broke. */
        UNREACHABLE
    }

    /** A call without an answer; the message says what happened, for the log. */
    public static final class Unanswered extends Exception {

        private final Failure failure;

        Unanswered(Failure failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    private final HttpClient http;
    private final Duration deadline;
    private final long maxBodyBytes;

    public BoundedHttp(Duration connectTimeout, Duration readTimeout, long maxBodyBytes) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.deadline = connectTimeout.plus(readTimeout);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** How long a call may take at most. */
    public Duration deadline() {
        return deadline;
    }

    /** The answer to {@code request} (its time-out set to the deadline), or how there was none. */
    public HttpResponse<byte[]> send(HttpRequest.Builder request) throws Unanswered {
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = http.sendAsync(request.timeout(deadline).build(), info -> new LimitedBody(maxBodyBytes));
        } catch (RuntimeException refused) { // closed, say
            throw new Unanswered(Failure.UNREACHABLE, "could not be sent: " + refused, refused);
        }
        try {
            return sent.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            sent.cancel(true);
            throw new Unanswered(Failure.TIMED_OUT, "no answer within " + deadline.toMillis() + " ms", slow);
        } catch (ExecutionException failed) {
            throw unanswered(failed.getCause());
        } catch (InterruptedException interrupted) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unanswered(Failure.TIMED_OUT, "interrupted while waiting for the answer", interrupted);
        }
    }

    private Unanswered unanswered(Throwable cause) {
        for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
            if (reason instanceof HttpConnectTimeoutException) {
                return new Unanswered(Failure.TIMED_OUT, "could not connect in time", cause);
            }
            if (reason instanceof HttpTimeoutException) {
                return new Unanswered(Failure.TIMED_OUT, "no answer in time", cause);
            }
            if (reason instanceof LimitedBody.TooLarge) {
                return new Unanswered(Failure.TOO_LARGE, "the answer is longer than " + maxBodyBytes + " bytes", cause);
            }
            if (reason instanceof IOException) {
                break;
            }
        }
        return new Unanswered(Failure.UNREACHABLE, "could not be reached: " + cause, cause);
    }

    /** Ends the connections once the calls under way have ended. */
    @Override
    public void close() {
        http.close();
    }
}
