package org.parkgate.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which owner's data the signed-in owner may reach: that of the owner record they chose, nothing
 * else. Services name it in their guards ({@link Role.Names#OFFICE_OR_THE_OWNER}, as the bean
 * {@code ownerAccess}); the portal's own services ask {@link #currentOwner()} and take no owner id
 * from the page, so no address or click can point them at another owner.
 */
@Component("ownerAccess")
public class OwnerAccess {

    /** Whether an owner is signed in and has chosen the owner record {@code ownerId}. */
    public boolean isSignedIn(long ownerId) {
        return principal().map(OwnerPrincipal::current).filter(current -> current == ownerId).isPresent();
    }

    /** The signed-in owner, if the current user is one. */
    public static Optional<OwnerPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof OwnerPrincipal owner ? Optional.of(owner) : Optional.empty();
    }

    /**
     * The chosen owner record of the signed-in owner.
     *
     * @throws AccessDeniedException when no owner is signed in or none of their records is chosen yet
     */
    public static long currentOwner() {
        return principal().map(OwnerPrincipal::current)
                .orElseThrow(() -> new AccessDeniedException("no owner account chosen"));
    }
}
