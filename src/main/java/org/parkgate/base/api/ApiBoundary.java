package org.parkgate.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The outermost filter of {@code /api/*}, before security, so that the API refuses before anything
 * acts: a caller that accepts no JSON is refused with 406 (but a payment provider's notifier, which
 * takes what its protocol prescribes) and a wildcard or malformed Content-Type with 415 before the
 * request goes in; a body
 * declared larger than {@code parkgate.api.max-body-bytes} ({@code camera-max-body-bytes} for what
 * cameras send) is refused with 413 before a byte of it
 * is read, one that turns out larger while read (chunked) is cut off there and refused the same
 * way (a multipart body too, past Tomcat's own limit); a multipart body that cannot be parsed is a
 * 400; a path the firewall rejects ({@code %2e%2e}, {@code ;x=y}, CR/LF) is a 400; and a failure
 * that escapes everything inside (a filter, a commit) is a 500 problem+json, never the
 * container's error page (which would fall into the browser's sign-in).
 */
@Configuration
class ApiBoundary {

    private static final Logger log = LoggerFactory.getLogger(ApiBoundary.class);

    @Bean
    FilterRegistrationBean<BoundaryFilter> apiBoundaryFilter(@Value("${parkgate.api.max-body-bytes}") long limit,
            @Value("${parkgate.api.camera-max-body-bytes}") long cameraLimit) {
        var registration = new FilterRegistrationBean<>(new BoundaryFilter(limit, cameraLimit));
        registration.addUrlPatterns("/api/*");
        // right after a gate that may say the path does not exist at all (the public port's)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static ProblemDetail internalError() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "ParkGate could not handle the request; nothing was acknowledged. Try again.");
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(response, problem);
    }

    /** No Accept header, or one that takes JSON or problem+json (wildcards included). */
    static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (IllegalArgumentException unreadable) { // InvalidMediaTypeException among them
            return false;
        }
    }

    /** No Content-Type, or a concrete, well-formed one (Spring refuses wildcards there with an exception). */
    static boolean readableContentType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            return true;
        }
        try {
            MediaType parsed = MediaType.parseMediaType(type);
            return !parsed.isWildcardType() && !parsed.isWildcardSubtype();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The failure or the first of its causes of this kind, or null. */
    static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
        }
        return null;
    }

    static final class BoundaryFilter extends OncePerRequestFilter {

        private static final String PROVIDER_NOTIFICATIONS = "/api/v1/payments/notify/";

        private final long limit;
        private final long cameraLimit;

        BoundaryFilter(long limit, long cameraLimit) {
            this.limit = limit;
            this.cameraLimit = cameraLimit;
        }

        /** Cameras send pictures with their reads: their pushes and plate reads may be larger. */
        private long limitOf(HttpServletRequest request) {
            String path = request.getRequestURI();
            return path.startsWith("/api/v1/cameras/") || (path.startsWith("/api/v1/lanes/") && path.endsWith("/plate-reads"))
                    ? cameraLimit : limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            // a payment provider's notifier takes the answer its own protocol prescribes (Alipay: plain text)
            if (!request.getRequestURI().startsWith(PROVIDER_NOTIFICATIONS) && !acceptsJson(request)) {
                write(response, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                        "The API answers application/json (problems as application/problem+json)."));
                return;
            }
            if (!readableContentType(request)) {
                write(response, ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "The Content-Type is not a media type ParkGate can read (a wildcard or malformed)."));
                return;
            }
            long limit = limitOf(request);
            if (request.getContentLengthLong() > limit) {
                response.setHeader("Connection", "close"); // the rest of the body is not wanted
                write(response, BodyTooLargeException.problem(limit));
                return;
            }
            try {
                chain.doFilter(new BoundedBodyRequest(request, limit), new ProblemResponse(response));
            } catch (IOException | ServletException | RuntimeException failure) {
                if (response.isCommitted()) {
                    throw failure;
                }
                response.reset();
                BodyTooLargeException tooLarge = BodyTooLargeException.in(failure);
                if (failure instanceof RequestRejectedException) {
                    write(response, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                            "The request's path or headers are not allowed."));
                } else if (tooLarge != null) {
                    response.setHeader("Connection", "close");
                    write(response, tooLarge.problem());
                } else if (cause(failure, MaxUploadSizeExceededException.class) != null) { // Tomcat's own limit
                    response.setHeader("Connection", "close");
                    write(response, BodyTooLargeException.problem(limit));
                } else if (cause(failure, MultipartException.class) != null) {
                    write(response, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                            "The multipart/form-data body could not be read (a broken boundary or part)."));
                } else {
                    log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
                    write(response, internalError());
                }
            }
        }
    }
}
