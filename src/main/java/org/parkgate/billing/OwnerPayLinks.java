package org.parkgate.billing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.security.Role;
import org.parkgate.base.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each owner's personal pay link: a secret token made once, shown at the counter (and sent with
 * reminders). The page behind it shows only that owner's plates (masked) and what they owe, and
 * makes an order for all of it.
 */
@Service
public class OwnerPayLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PaymentService payments;
    private final OnlineOrders orders;
    private final PublicUrl publicUrl;
    private final ObjectProvider<OwnerPageNotices> notices;
    private final Clock clock;

    OwnerPayLinks(JdbcClient jdbc, PaymentService payments, OnlineOrders orders, PublicUrl publicUrl,
            ObjectProvider<OwnerPageNotices> notices, Clock clock) {
        this.notices = notices;
        this.jdbc = jdbc;
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
        // a list, not optional(): a token not made yet is NULL, which optional() would take for "no owner"
        List<String> found = jdbc.sql("SELECT pay_token FROM owner WHERE id = ?").param(ownerId)
                .query((rs, row) -> rs.getString(1)).list();
        if (found.isEmpty()) {
            throw new BillingException("error.owner.not-found");
        }
        String token = found.getFirst();
        if (token == null) {
            byte[] secret = new byte[16];
            RANDOM.nextBytes(secret);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            // only if still none: when two make one at once, both use the first, so no sent link goes stale
            int set = jdbc.sql("UPDATE owner SET pay_token = ? WHERE id = ? AND pay_token IS NULL")
                    .params(token, ownerId).update();
            if (set == 0) {
                token = jdbc.sql("SELECT pay_token FROM owner WHERE id = ?").param(ownerId).query(String.class).single();
            }
        }
        return publicUrl.of("/pay-owner/" + token);
    }

    /** What the owner's page shows: masked plates, the total owed today and recent notices; null for an unknown token. */
    public record OwnerBill(List<String> maskedPlates, long owed, List<OwnerPageNotices.Notice> notices) {
    }

    @Transactional(readOnly = true)
    public @Nullable OwnerBill bill(String token) {
        Long owner = owner(token);
        if (owner == null) {
            return null;
        }
        List<String> plates = jdbc.sql("SELECT plate FROM vehicle WHERE owner = ? ORDER BY plate").param(owner)
                .query(String.class).list().stream().map(OrderForPayer::mask).toList();
        long owed = payments.balanceOf(owner, LocalDate.now(clock)).total();
        OwnerPageNotices source = notices.getIfAvailable();
        return new OwnerBill(plates, owed, source == null ? List.of() : source.forOwner(owner, owed > 0));
    }

    /** An order for everything the owner owes today; null when nothing is owed, the token is unknown or nobody takes payments online. */
    @Transactional
    public @Nullable PaymentOrder orderAll(String token) {
        Long owner = owner(token);
        if (owner == null) {
            return null;
        }
        long owed = payments.balanceOf(owner, LocalDate.now(clock)).total();
        return owed == 0 ? null : orders.create(OrderPurpose.ARREARS, owner, null, null, owed);
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
        if (owner == null || payments.balanceOf(owner, LocalDate.now(clock)).total() > 0) {
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

    /** An order for the offered renewal; null when there is none or nobody takes payments online. */
    @Transactional
    public @Nullable PaymentOrder orderRenewal(String token) {
        RenewalOffer offer = renewal(token);
        return offer == null ? null : orders.createRenewal(owner(token), offer.periodId(), offer.price());
    }

    private @Nullable Long owner(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        return jdbc.sql("SELECT id FROM owner WHERE pay_token = ?").param(token).query(Long.class).optional()
                .orElse(null);
    }
}
