package org.parkgate.base.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writing an RFC 9457 problem+json answer where no Spring MVC handler does (filters, Tomcat's valve). */
public final class Problems {

    /** The detail of a 404 for an {@code /api/} path that has no endpoint (or none on this port). */
    public static final String NO_SUCH_ENDPOINT = "There is no such API endpoint.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        write(response, ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
