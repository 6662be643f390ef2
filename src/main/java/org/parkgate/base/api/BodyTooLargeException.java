package org.parkgate.base.api;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request body that went past its path's limit while it was being read: answered 413. */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    ProblemDetail problem() {
        return problem(limit);
    }

    static ProblemDetail problem(long limit) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limit + " bytes.");
    }

    /** This exception in a failure's causes, or null. */
    static @Nullable BodyTooLargeException in(Throwable failure) {
        return ApiBoundary.cause(failure, BodyTooLargeException.class);
    }
}
