package org.parkgate.integration.api;

import java.util.Locale;
import org.parkgate.base.ui.Translations;
import org.parkgate.integration.webhook.WebhookException;
import org.parkgate.registry.FieldsRefused;
import org.parkgate.registry.RegistryException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The integration API's refusals, in English like the device API's: every field problem of a
 * change in one 400, an unknown owner or plate 404, a plate of another owner 409. Ahead of the
 * API's last-resort advice.
 */
@RestControllerAdvice(basePackageClasses = IntegrationProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntegrationProblems {

    private final Translations translations;

    IntegrationProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(FieldsRefused.class)
    ProblemDetail fields(FieldsRefused refused) {
        return FieldErrors.problem(refused.problems().stream()
                .map(p -> p.field() + ": " + english(p.problem().messageKey(), p.problem().arguments().toArray()))
                .toList());
    }

    @ExceptionHandler(WebhookException.class)
    ProblemDetail webhook(WebhookException refused) {
        HttpStatus status = refused.messageKey().endsWith("not-found") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ProblemDetail.forStatusAndDetail(status, english(refused.messageKey(), refused.arguments()));
    }

    @ExceptionHandler(RegistryException.class)
    ProblemDetail refused(RegistryException refused) {
        HttpStatus status = switch (refused.messageKey()) {
            case "error.owner.not-found", "error.pass.plate-unknown" -> HttpStatus.NOT_FOUND;
            case "error.vehicle.plate-taken" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, english(refused.messageKey(), refused.arguments()));
    }

    private String english(String key, Object[] arguments) {
        return translations.getTranslation(key, Locale.ENGLISH, arguments);
    }
}
