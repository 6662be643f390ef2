package org.parkgate.security;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An owner signed in to the owners' portal: the mobile number that proved itself with a one-time
 * code, the owner records registered with that number, and the one chosen (set at once when there
 * is only one). Owners are not staff: their only authority is {@code ROLE_OWNER}, which no staff
 * page or API accepts, and they reach only the chosen owner's data ({@link OwnerAccess}).
 */
public record OwnerPrincipal(String mobile, List<Long> accounts, @Nullable Long current)
        implements AuthenticatedPrincipal, Serializable {

    public OwnerPrincipal {
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("an owner principal needs at least one owner record");
        }
        if (current == null && accounts.size() == 1) {
            current = accounts.getFirst();
        }
        if (current != null && !accounts.contains(current)) {
            throw new IllegalArgumentException("owner " + current + " is not registered with this number");
        }
    }

    /** The same number with {@code ownerId} chosen; refused for an owner not registered with it. */
    public OwnerPrincipal choosing(long ownerId) {
        return new OwnerPrincipal(mobile, accounts, ownerId);
    }

    /** How the audit trail names the owner: by the chosen record, else by the masked number. */
    @Override
    public String getName() {
        return current != null ? "owner:" + current : "owner:" + masked(mobile);
    }

    /** 138****5678: enough to recognise a number in the trail, not enough to call it. */
    public static String masked(String mobile) {
        return mobile.length() < 7 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
