package org.parkgate.security.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.api.Problems;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.PublicPage;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the public port, only the public part exists: the {@link PublicPage} views, what they load
 * (Vaadin's scripts and push under {@code /VAADIN/}, the stylesheets, Vaadin's own requests to the
 * root), and the providers' payment notifications. Everything else, the login page included,
 * answers 404 before security or Vaadin sees it (problem+json under {@code /api/}); so does any
 * request that addresses a UI not opened on this port. An error there (a path the firewall refuses,
 * say) keeps its status instead of going to the error page. Other ports are not touched.
 */
final class PublicPortFilter extends OncePerRequestFilter {

    private static final String NOTIFICATIONS = "/api/v1/payments/notify/";
    private static final List<String> STATIC_FILES = List.of("/VAADIN/", "/lumo/", "/parkgate/");
    /** The requests Vaadin's client makes to the root for a page: start, events, heartbeat, push. */
    private static final Set<String> VAADIN_REQUESTS = Set.of(ApplicationConstants.REQUEST_TYPE_INIT,
            ApplicationConstants.REQUEST_TYPE_UIDL, ApplicationConstants.REQUEST_TYPE_HEARTBEAT,
            ApplicationConstants.REQUEST_TYPE_PUSH);

    private final PublicPort port;
    private final Translations translations;

    PublicPortFilter(PublicPort port, Translations translations) {
        this.port = port;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !port.served(request);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // Spring's error page sits behind the sign-in, which would answer with a redirect to the
            // login page: the status stands, and the container's own page says what it is
            return;
        }
        String path = path(request);
        if (path.startsWith("/api/")) {
            if (path.startsWith(NOTIFICATIONS)) {
                chain.doFilter(request, response);
            } else {
                Problems.write(response, HttpServletResponse.SC_NOT_FOUND, Problems.NO_SUCH_ENDPOINT);
            }
        } else if (isPublic(request, path) && PublicUis.onlyThoseAddressed(request, path)) {
            chain.doFilter(request, response);
        } else {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(translations.getTranslation("public.not-found",
                    Translations.supported(request.getLocale())).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean vaadinRequest(@Nullable String type) {
        return type != null && VAADIN_REQUESTS.contains(type);
    }

    /** The path as Tomcat decoded and normalised it for routing (no {@code ;parameters}, no {@code ..}). */
    private static String path(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        return path.isEmpty() ? "/" : path;
    }

    private static boolean isPublic(HttpServletRequest request, String path) {
        return STATIC_FILES.stream().anyMatch(path::startsWith)
                || "/".equals(path) && vaadinRequest(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))
                || ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                        .getNavigationTarget(path.substring(1))
                        .filter(view -> view.isAnnotationPresent(PublicPage.class)).isPresent();
    }
}
