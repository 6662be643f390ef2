package org.parkgate.base.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An API response on which an error sent by anything inside (the security firewall, a framework
 * resolver) is written at once as problem+json, instead of going to the container's error page:
 * that page belongs to the browser's side and would answer HTML or a redirect to the sign-in.
 */
final class ProblemResponse extends HttpServletResponseWrapper {

    ProblemResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (isCommitted()) {
            super.sendError(status, message);
            return;
        }
        resetBuffer();
        HttpStatus known = HttpStatus.resolve(status);
        String detail = message == null || message.isBlank()
                ? (known == null ? "Request refused." : known.getReasonPhrase()) : message;
        ApiBoundary.write((HttpServletResponse) getResponse(),
                ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail));
        flushBuffer();
    }
}
