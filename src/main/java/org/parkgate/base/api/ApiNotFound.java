package org.parkgate.base.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An {@code /api/} path that no endpoint has: 404 problem+json (the least specific mapping, so
 * every real endpoint wins), rather than the browser's page for an unknown route.
 */
@RestController
class ApiNotFound {

    @RequestMapping("/api/**")
    ProblemDetail none() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Problems.NO_SUCH_ENDPOINT);
    }
}
