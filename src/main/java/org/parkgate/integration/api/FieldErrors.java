package org.parkgate.integration.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 problem+json that lists every problem of a request ({@code errors}), each as "field: what is wrong". */
final class FieldErrors {

    private FieldErrors() {
    }

    static ProblemDetail problem(List<String> problems) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", problems));
        problem.setProperty("errors", problems);
        return problem;
    }

    /** Throws the 400 if there is any problem. */
    static void refuseAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem(problems), null);
        }
    }
}
