package org.parkgate.lane.api;

import java.util.Locale;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.LaneException;
import org.parkgate.lane.LanesStartingException;
import org.parkgate.lane.UnknownLaneException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the lane API as RFC 9457 problem+json, in English (devices read them, not people);
 * before the API's general answers ({@code base.api}).
 */
@RestControllerAdvice(basePackages = "org.parkgate")
@Order(Ordered.HIGHEST_PRECEDENCE)
class LaneApiErrors {

    private final Translations translations;

    LaneApiErrors(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(UnknownLaneException.class)
    ProblemDetail unknownLane(UnknownLaneException unknown) {
        return problem(HttpStatus.NOT_FOUND, unknown);
    }

    /** Before the index is loaded: the camera is to resend shortly. */
    @ExceptionHandler(LanesStartingException.class)
    ResponseEntity<ProblemDetail> starting(LanesStartingException starting) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(LanesStartingException.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, starting));
    }

    @ExceptionHandler(LaneException.class)
    ProblemDetail refused(LaneException refused) {
        return problem(HttpStatus.BAD_REQUEST, refused);
    }

    private ProblemDetail problem(HttpStatus status, LaneException refused) {
        return ProblemDetail.forStatusAndDetail(status,
                translations.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments()));
    }
}
