package org.parkgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Starts and changes an owner's session once their code was right: a new session id (the one the
 * page was opened with may have been planted), then the owner as the session's user, kept where
 * Spring Security reads it on the next request. The page reloads afterwards so that everything
 * from then on runs as the owner.
 */
public final class OwnerSessions {

    /** The one authority of an owner; staff never have it, owners have nothing else. */
    public static final String AUTHORITY = "ROLE_" + Role.Names.OWNER;

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private OwnerSessions() {
    }

    /** Signs {@code owner} in on this request's session, under a new session id. */
    public static void start(OwnerPrincipal owner, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        store(owner, request, response);
    }

    /** The signed-in owner now acting for another of the records registered with their number. */
    public static void choose(long ownerId, HttpServletRequest request, HttpServletResponse response) {
        OwnerPrincipal owner = OwnerAccess.principal()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no owner signed in"));
        store(owner.choosing(ownerId), request, response);
    }

    private static void store(OwnerPrincipal owner, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(owner, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY)));
        authentication.setDetails(new WebAuthenticationDetails(request));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
