package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.PublicUrl;
import org.parkgate.base.Sha256;
import org.parkgate.base.Upserts;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each owner's personal pay link: a secret token derived from the token key ({@link TokenKey}),
 * stored only as its SHA-256, shown at the counter (and sent with reminders) as often as needed
 * and replaced on demand. The page behind it shows only that owner's plates (masked) and what they owe, and
 * makes an order for all of it.
 */
@Service
public class OwnerPayLinks {

    private static final Logger log = LoggerFactory.getLogger(OwnerPayLinks.class);

    private final JdbcClient jdbc;
    private final Upserts upserts;
    private final PaymentService payments;
    private final OnlineOrders orders;
    private final PublicUrl publicUrl;
    private final ObjectProvider<OwnerPageNotices> notices;
    private final TokenKey tokens;
    private final AuditLog audit;
    private final Clock clock;

    OwnerPayLinks(JdbcClient jdbc, Upserts upserts, PaymentService payments, OnlineOrders orders, PublicUrl publicUrl,
            ObjectProvider<OwnerPageNotices> notices, TokenKey tokens, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.tokens = tokens;
        this.audit = audit;
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.payments = payments;
        this.orders = orders;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Whether the page can take the money online (a payment provider is configured). */
    public boolean online() {
        return orders.online();
    }

    /** The owner's pay link, made the first time it is asked for. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public String linkFor(long ownerId) {
        return linkForMessage(ownerId);
    }

    /** The same link, for ParkGate's own messages to the owner (reminders), sent with nobody signed in. */
    @Transactional
    public String linkForMessage(long ownerId) {
        if (jdbc.sql("SELECT COUNT(*) FROM owner WHERE id = ?").param(ownerId).query(Integer.class).single() == 0) {
            throw new BillingException("error.owner.not-found");
        }
        // a list, not optional(): a link not derived yet has a NULL hash, which optional() would take for "none"
        List<Link> found = jdbc.sql("SELECT generation, token_hash FROM owner_pay_link WHERE owner = ?").param(ownerId)
                .query((rs, row) -> new Link(rs.getInt(1), rs.getString(2))).list();
        if (found.isEmpty()) {
            // made by whoever asks first; two at once derive the same link, the second insert is a no-op
            String token = tokens.derive(subject(ownerId, 1));
            upserts.merge(jdbc.sql("""
                    MERGE INTO owner_pay_link l USING (VALUES (CAST(? AS BIGINT))) AS n(owner) ON l.owner = n.owner
                    WHEN NOT MATCHED THEN INSERT (owner, generation, token_hash) VALUES (n.owner, 1, ?)""")
                    .params(ownerId, Sha256.hex(token)));
            return linkFor(ownerId, 1);
        }
        Link link = found.getFirst();
        String token = tokens.derive(subject(ownerId, link.generation()));
        if (link.tokenHash() == null) { // only the link made before links were derived: it stays valid too
            jdbc.sql("UPDATE owner_pay_link SET token_hash = ? WHERE owner = ? AND token_hash IS NULL")
                    .params(Sha256.hex(token), ownerId).update();
        } else if (!link.tokenHash().equals(Sha256.hex(token))) {
            // the token key is not the one this link was made with (restored without token.key): a new link
            log.warn("The pay link of owner {} was made with another token key; it is replaced", ownerId);
            return replace(ownerId, link.generation());
        }
        return linkFor(ownerId, link.generation());
    }

    /**
     * Replaces the owner's pay link with a new one: the old link (and any made before links were
     * derived) stops working at once. Audited. Returns the new link.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public String replaceLink(long ownerId) {
        return replaceAudited(ownerId);
    }

    private String replaceAudited(long ownerId) {
        linkForMessage(ownerId); // the owner exists and has a link to replace
        int generation = jdbc.sql("SELECT generation FROM owner_pay_link WHERE owner = ? FOR UPDATE").param(ownerId)
                .query(Integer.class).single();
        String link = replace(ownerId, generation);
        audit.record(AuditAction.PAY_LINK_REPLACED, RegistryService.ownerSubject(ownerId), "link " + (generation + 1));
        return link;
    }

    private String replace(long ownerId, int generation) {
        int next = generation + 1;
        jdbc.sql("UPDATE owner_pay_link SET generation = ?, token_hash = ?, legacy_token_hash = NULL WHERE owner = ?")
                .params(next, Sha256.hex(tokens.derive(subject(ownerId, next))), ownerId).update();
        return linkFor(ownerId, next);
    }

    private String linkFor(long ownerId, int generation) {
        return publicUrl.of("/pay-owner/" + tokens.derive(subject(ownerId, generation)));
    }

    private static String subject(long ownerId, int generation) {
        return "owner-pay-link:" + ownerId + ":" + generation;
    }

    private record Link(int generation, @Nullable String tokenHash) {
    }

    /** What the owner's page shows: masked plates, the total owed today and recent notices; null for an unknown token. */
    public record OwnerBill(List<String> maskedPlates, long owed, List<OwnerPageNotices.Notice> notices) {
    }

    @Transactional(readOnly = true)
    public @Nullable OwnerBill bill(String token) {
        Long owner = owner(token);
        return owner == null ? null : billOf(owner);
    }

    /** An order for everything the owner owes today; null when nothing is owed, the token is unknown or nobody takes payments online. */
    @Transactional
    public @Nullable PaymentOrder orderAll(String token) {
        Long owner = owner(token);
        return owner == null ? null : orderAllOf(owner);
    }

    /** The next period of the owner's latest pass, for renewing by phone. */
    public record RenewalOffer(long periodId, String plan, LocalDate startsOn, LocalDate endsOn, long price) {
    }

    /**
     * The renewal the owner's page offers: the period after their latest one, at today's plan price;
     * only when nothing else is owed (money pays the oldest debt first), else null.
     */
    @Transactional(readOnly = true)
    public @Nullable RenewalOffer renewal(String token) {
        Long owner = owner(token);
        return owner == null ? null : renewalOf(owner);
    }

    /** An order for the offered renewal; null when there is none or nobody takes payments online. */
    @Transactional
    public @Nullable PaymentOrder orderRenewal(String token) {
        Long owner = owner(token);
        return owner == null ? null : orderRenewalOf(owner);
    }

    /** {@link #bill}, for the owner signed in to the portal. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public OwnerBill ownBill() {
        return billOf(OwnerAccess.currentOwner());
    }

    /** {@link #orderAll}, for the owner signed in to the portal. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public @Nullable PaymentOrder orderOwnAll() {
        return orderAllOf(OwnerAccess.currentOwner());
    }

    /**
     * An order for one of the signed-in owner's open invoices: since money pays the oldest debt
     * first, it is for that invoice and every older one still open (today's late fees included).
     * Null when the invoice is not one of theirs still open, or nobody takes payments online.
     */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public @Nullable PaymentOrder orderOwnThrough(long invoiceId) {
        long owner = OwnerAccess.currentOwner();
        long through = 0;
        for (AccountBalance.Item item : payments.balanceOf(owner, LocalDate.now(clock)).items()) {
            through += item.owed();
            if (item.invoice().id() == invoiceId) {
                return through == 0 ? null : orders.create(OrderPurpose.ARREARS, owner, null, null, through);
            }
        }
        return null;
    }

    /** {@link #renewal}, for the owner signed in to the portal. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public @Nullable RenewalOffer ownRenewal() {
        return renewalOf(OwnerAccess.currentOwner());
    }

    /** {@link #orderRenewal}, for the owner signed in to the portal. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public @Nullable PaymentOrder orderOwnRenewal() {
        return orderRenewalOf(OwnerAccess.currentOwner());
    }

    /** The signed-in owner's pay link (made if there is none yet). */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public String ownLink() {
        return linkForMessage(OwnerAccess.currentOwner());
    }

    /**
     * The signed-in owner revokes their pay link: the old one stops working at once, a new one is
     * made (audited as the owner's own act). Returns the new link.
     */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public String replaceOwnLink() {
        return replaceAudited(OwnerAccess.currentOwner());
    }

    private OwnerBill billOf(long owner) {
        List<String> plates = jdbc.sql("SELECT plate FROM vehicle WHERE owner = ? ORDER BY plate").param(owner)
                .query(String.class).list().stream().map(OrderForPayer::mask).toList();
        long owed = payments.balanceOf(owner, LocalDate.now(clock)).total();
        OwnerPageNotices source = notices.getIfAvailable();
        return new OwnerBill(plates, owed, source == null ? List.of() : source.forOwner(owner, owed > 0));
    }

    private @Nullable PaymentOrder orderAllOf(long owner) {
        long owed = payments.balanceOf(owner, LocalDate.now(clock)).total();
        return owed == 0 ? null : orders.create(OrderPurpose.ARREARS, owner, null, null, owed);
    }

    private @Nullable RenewalOffer renewalOf(long owner) {
        if (payments.balanceOf(owner, LocalDate.now(clock)).total() > 0) {
            return null;
        }
        return jdbc.sql("""
                        SELECT s.id, p.name, s.ends_on, p.period, p.price FROM subscription s
                        JOIN pass_plan p ON p.id = s.plan
                        WHERE s.owner = ? AND p.active ORDER BY s.ends_on DESC, s.id DESC LIMIT 1""")
                .param(owner)
                .query((rs, row) -> {
                    LocalDate start = rs.getDate(3).toLocalDate().plusDays(1);
                    return new RenewalOffer(rs.getLong(1), rs.getString(2), start,
                            PassPeriod.valueOf(rs.getString(4)).lastDay(start), rs.getLong(5));
                })
                .optional().orElse(null);
    }

    private @Nullable PaymentOrder orderRenewalOf(long owner) {
        RenewalOffer offer = renewalOf(owner);
        return offer == null ? null : orders.createRenewal(owner, offer.periodId(), offer.price());
    }

    private @Nullable Long owner(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String hash = Sha256.hex(token.strip());
        return jdbc.sql("SELECT owner FROM owner_pay_link WHERE token_hash = ? OR legacy_token_hash = ?")
                .params(hash, hash).query(Long.class).optional().orElse(null);
    }
}
