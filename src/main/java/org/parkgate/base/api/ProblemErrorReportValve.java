package org.parkgate.base.api;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a bad %-encoding, a header too large: refused before any filter
 * runs) as problem+json on {@code /api/} paths; the usual page elsewhere. Tomcat makes it by class
 * name for the host ({@link ContainerProblems}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            Problems.write(response, status, "The request was refused by the web server before ParkGate read it.");
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGone) {
            // nothing more can be said to this client
        }
    }
}
