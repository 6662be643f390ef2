package org.parkgate.base.api;

import java.util.Locale;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's answers when a handler does not answer itself: Spring MVC's own refusals (unreadable
 * body, wrong method, ...) as problem+json, a body over its limit 413, a refusal in words 400 (in
 * English: devices read them), and anything unexpected a logged 500 that says nothing of the
 * inside. Feature advice (the lanes') comes first; this one last.
 */
@RestControllerAdvice(basePackages = "org.parkgate")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException refused) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                translations.getTranslation(refused.messageKey(), Locale.ENGLISH, refused.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Not allowed for this caller.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail failed(Exception failure) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(failure);
        if (tooLarge != null) {
            return tooLarge.problem();
        }
        log.error("API request failed", failure);
        return ApiBoundary.internalError();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(unreadable);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge.problem());
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or not readable."));
    }
}
