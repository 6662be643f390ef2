package org.parkgate.owner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.parkgate.arrears.ArrearsDirectory;
import org.parkgate.billing.AccountBalance;
import org.parkgate.billing.OwnerPasses;
import org.parkgate.billing.OwnerPageNotices;
import org.parkgate.billing.PassPeriodRow;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.PaymentService;
import org.parkgate.registry.OwnerAccounts;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal shows the signed-in owner, always of the owner record they chose: no method
 * takes an owner id, so no page can ask for another owner's data.
 */
@Service
@PreAuthorize(Role.Names.OWNER_ONLY)
public class OwnerPortal {

    private final RegistryService registry;
    private final OwnerAccounts accounts;
    private final PaymentService payments;
    private final OwnerPasses passes;
    private final ArrearsDirectory arrears;
    private final ObjectProvider<OwnerPageNotices> notices;
    private final AuditLog audit;
    private final Clock clock;

    OwnerPortal(RegistryService registry, OwnerAccounts accounts, PaymentService payments, OwnerPasses passes,
            ArrearsDirectory arrears, ObjectProvider<OwnerPageNotices> notices, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.accounts = accounts;
        this.payments = payments;
        this.passes = passes;
        this.arrears = arrears;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner's name and unit as the portal's frame shows them; the masked number until a record is chosen. */
    @Transactional(readOnly = true)
    public String signedInAs() {
        OwnerPrincipal owner = principal();
        if (owner.current() == null) {
            return OwnerPrincipal.masked(owner.mobile());
        }
        return registry.owner(owner.current()).map(row -> row.name() + (row.unit() == null ? "" : " · " + row.unit()))
                .orElse(OwnerPrincipal.masked(owner.mobile()));
    }

    @Transactional(readOnly = true)
    public OwnerHome home() {
        long ownerId = OwnerAccess.currentOwner();
        LocalDate today = LocalDate.now(clock);
        OwnerRow owner = registry.owner(ownerId).orElseThrow(() -> new AccessDeniedException("owner record gone"));
        AccountBalance balance = payments.balanceOf(ownerId, today);
        LocalDate nextDue = balance.items().stream().map(item -> item.invoice().dueOn()).min(Comparator.naturalOrder())
                .orElse(null);
        List<PassPeriodRow> current = passes.periodsOf(ownerId).stream().filter(PassPeriodRow::latest).toList();
        OwnerPageNotices source = notices.getIfAvailable();
        return new OwnerHome(owner.name(), owner.unit(), balance.total(), balance.items(), nextDue, current,
                arrears.of(ownerId), source == null ? List.of() : source.forOwner(ownerId, balance.total() > 0));
    }

    /** Every payment of the owner, newest first, each with its receipt. */
    @Transactional(readOnly = true)
    public List<PaymentRow> payments() {
        return payments.paymentsOf(OwnerAccess.currentOwner());
    }

    /** The owner records registered with the signed-in number, for choosing one. */
    @Transactional(readOnly = true)
    public List<OwnerAccounts.Account> accounts() {
        return accounts.accounts(principal().accounts());
    }

    /** Notes in the audit trail that the owner signed out. */
    public void signedOut() {
        OwnerPrincipal owner = principal();
        audit.record(AuditAction.OWNER_SIGNED_OUT, OwnerPrincipal.masked(owner.mobile()), null);
    }

    private static OwnerPrincipal principal() {
        return OwnerAccess.principal().orElseThrow(() -> new AccessDeniedException("no owner signed in"));
    }
}
