package org.parkgate.billing;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.PublicUrl;
import org.parkgate.base.Sha256;
import org.parkgate.base.UntilTransactionEnds;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.provider.Acknowledgement;
import org.parkgate.billing.provider.OrderRequest;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderException;
import org.parkgate.billing.provider.ProviderNotification;
import org.parkgate.billing.provider.ProviderOrder;
import org.parkgate.billing.provider.ProviderOrderState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online orders and the notifications that pay them. A notification is verified by its provider
 * (else nothing changes), taken once per event id, checked against its order (amount and
 * currency; a mismatch is held for review and changes no access), and then applied like a
 * counter payment: invoices oldest first, arrears restored, the gate updated, the ledger written.
 * Money that cannot be applied (the owner paid the same debt at the counter meanwhile) is stored
 * as HELD with its event, for a cashier to refund: a notification is never lost.
 *
 * <p>Orders exist only when a provider is configured ({@link #online()}); without one, the lanes
 * and pay pages say to pay at the office. An order is made at the provider first (what the payer
 * scans comes from there) and written only when the provider made it: a provider that cannot be
 * reached or refuses leaves no order, and the caller says that online payment is not available
 * now. New orders go to the provider {@link PaymentProviders} offers there (a lot's lane, the pay
 * pages), or to the one the payer chose on the pay page. Orders no longer paid in time are closed at their provider
 * ({@link #reconcile()}), so nobody pays an order ParkGate has given up.
 */
@Service
public class OnlineOrders {

    static final Duration ORDER_LIFETIME = Duration.ofMinutes(30);
    /** An open order is given again only with this much left, so nobody pays on a page about to expire. */
    static final Duration REUSED_WITH_AT_LEAST = Duration.ofMinutes(10);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OnlineOrders.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PaymentService payments;
    private final PaymentProviders providers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PaidRenewals renewals;
    private final TokenKey tokens;
    private final PublicUrl publicUrl;
    private final Translations translations;
    private final OnlineRefunds refunds;
    /** One order made at a time for the same thing (see {@link #create}). */
    private final UntilTransactionEnds making = new UntilTransactionEnds();
    /** Through the proxy, so each reconciled order gets its own transaction. */
    private final OnlineOrders self;
    /** The lanes' pay window: how long after a refusal its order is asked about every few seconds. */
    private final Duration lanePollWindow;

    OnlineOrders(JdbcClient jdbc, PaymentService payments, PaymentProviders providers,
            ApplicationEventPublisher events, Clock clock, PaidRenewals renewals, TokenKey tokens,
            PublicUrl publicUrl, Translations translations, OnlineRefunds refunds,
            @Value("${parkgate.payments.lane-window-minutes}") long laneWindowMinutes, @Lazy OnlineOrders self) {
        this.self = self;
        this.lanePollWindow = Duration.ofMinutes(laneWindowMinutes);
        this.tokens = tokens;
        this.renewals = renewals;
        this.jdbc = jdbc;
        this.payments = payments;
        this.publicUrl = publicUrl;
        this.translations = translations;
        this.refunds = refunds;
        this.providers = providers;
        this.events = events;
        this.clock = clock;
    }

    /** Whether ParkGate takes payments online: a provider is offered. */
    public boolean online() {
        return providers.online();
    }

    /**
     * An auto-pay charge its provider took, recorded as an order paid at once by {@code paymentId},
     * in the caller's transaction: a refund of that payment then goes back through the provider.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAgreementCharge(String chargeId, String provider, long ownerId, long amount, long paymentId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO payment_order (id, token_hash, provider, purpose, owner, amount, currency, status,
                                                   created_at, expires_at, paid_at, payment)
                        VALUES (?, ?, ?, 'AUTOPAY', ?, ?, 'CNY', 'PAID', ?, ?, ?, ?)""")
                .params(chargeId, Sha256.hex("autopay:" + chargeId), provider, ownerId, amount, Timestamp.from(now),
                        Timestamp.from(now), Timestamp.from(now), paymentId)
                .update();
    }

    /**
     * An order for the period after {@code periodId}, at {@code price}; paying it issues that period.
     * The open one for the same period and price when there is one (as {@link #create}); null when
     * no provider is configured.
     */
    @Transactional
    public @Nullable PaymentOrder createRenewal(long ownerId, long periodId, long price) {
        return orderFor(new Wanted(OrderPurpose.RENEWAL, ownerId, null, null, price, periodId), providers.forLane(null));
    }

    /**
     * An order for exactly {@code amount} with the offered provider; null when none is configured
     * ({@link #online()} false) or the provider could not make it now (unreachable, too slow, refused:
     * logged, nothing written). When an open order for the same purpose, owner, plate, lane and
     * amount exists with at least {@link #REUSED_WITH_AT_LEAST} to go, that one is returned instead,
     * also to two callers at
     * once: a second click, a page opened again or a camera reading the same car again make no
     * second order. Another amount (a visitor's fee that grew meanwhile) makes a new order; the old
     * one is left open until it expires, since its payer may be paying it right now (a payment of it
     * still counts), and is closed at its provider then.
     */
    @Transactional
    public @Nullable PaymentOrder create(OrderPurpose purpose, @Nullable Long ownerId, @Nullable String plate,
            @Nullable String laneId, long amount) {
        return orderFor(new Wanted(purpose, ownerId, plate, laneId, amount, null), providers.forLane(null));
    }

    /**
     * As {@link #create}, for a refusal at a lane of {@code lotId}: with the provider that lot's
     * lane QR codes use.
     */
    @Transactional
    public @Nullable PaymentOrder createAtLane(OrderPurpose purpose, @Nullable Long ownerId, String plate,
            String laneId, String lotId, long amount) {
        return orderFor(new Wanted(purpose, ownerId, plate, laneId, amount, null), providers.forLane(lotId));
    }

    /**
     * The payer's choice on the pay page: the same as the order of {@code token} (what it pays for,
     * the amount), with {@code providerName} if the pay pages offer it. The first order is then
     * closed at its provider and SUPERSEDED, so a payment of it that still comes (paid that very
     * moment, or the close failed) is held for a refund and never paid twice. Null, with nothing
     * changed, when that order is not open, the provider is not offered, or it could not make the
     * order now.
     */
    @Transactional
    public @Nullable PaymentOrder switchProvider(String token, String providerName) {
        if (!providers.payPages().contains(providerName)) {
            return null;
        }
        record Open(String id, String provider, Wanted wanted) {
        }
        Open first = jdbc.sql("""
                        SELECT id, provider, purpose, owner, plate, lane, amount, renews_period FROM payment_order
                        WHERE token_hash = ? AND status = 'OPEN' AND expires_at > ?""")
                .params(Sha256.hex(token == null ? "" : token.strip()), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Open(rs.getString(1), rs.getString(2), new Wanted(
                        OrderPurpose.valueOf(rs.getString(3)), (Long) rs.getObject(4, Long.class), rs.getString(5),
                        rs.getString(6), rs.getLong(7), (Long) rs.getObject(8, Long.class))))
                .optional().orElse(null);
        if (first == null || first.provider().equals(providerName)) {
            return null;
        }
        PaymentOrder switched = orderFor(first.wanted(), providers.named(providerName));
        if (switched != null) {
            PaymentProvider before = providers.named(first.provider());
            try {
                if (before != null) {
                    before.close(first.id());
                }
            } catch (RuntimeException failed) { // superseded all the same: a late payment of it is held
                log.warn("Could not close order {} at {} after the payer chose {}", first.id(), first.provider(),
                        providerName, failed);
            }
            jdbc.sql("UPDATE payment_order SET status = 'SUPERSEDED' WHERE id = ? AND status = 'OPEN'")
                    .param(first.id()).update();
        }
        return switched;
    }

    /** The providers a payer may choose between on the pay page, in order. */
    public List<String> offeredProviders() {
        return providers.payPages();
    }

    /** What an order pays for: the same again is the same order while it is open. */
    private record Wanted(OrderPurpose purpose, @Nullable Long ownerId, @Nullable String plate,
            @Nullable String laneId, long amount, @Nullable Long renewsPeriod) {
    }

    private @Nullable PaymentOrder orderFor(Wanted wanted, @Nullable PaymentProvider provider) {
        if (provider == null) {
            return null;
        }
        making.lock(wanted); // until commit: a second caller waits, then finds this order
        Instant now = clock.instant();
        PaymentOrder open = openOrder(wanted, provider, now);
        if (open != null) {
            return open;
        }
        String id = "PO" + Long.toString(now.toEpochMilli(), 36).toUpperCase() + Integer.toString(RANDOM.nextInt(36 * 36 * 36), 36).toUpperCase();
        String token = tokenOf(id);
        ProviderOrder made;
        try { // the provider's call comes first: an order the payer cannot scan is never written
            made = provider.create(new OrderRequest(id, wanted.amount(), "CNY", description(wanted),
                    now.plus(ORDER_LIFETIME), publicUrl.of("/api/v1/payments/notify/" + provider.name())));
        } catch (ProviderException | IllegalArgumentException failed) {
            log.warn("Payment provider {} could not make an order of {} for {} ({}): online payment not offered",
                    provider.name(), wanted.amount(), wanted.purpose(), failed.toString());
            return null;
        }
        String scan = made.scanContent();
        if (scan != null && (scan.isBlank() || scan.length() > MAX_SCAN_LENGTH)) {
            log.warn("Payment provider {} gave an order {} nothing usable to scan: online payment not offered",
                    provider.name(), id);
            return null;
        }
        Instant expires = made.expiresAt().isBefore(now.plus(ORDER_LIFETIME)) ? made.expiresAt() : now.plus(ORDER_LIFETIME);
        jdbc.sql("""
                        INSERT INTO payment_order (id, token_hash, provider, purpose, owner, plate, lane, amount, currency,
                                                   created_at, expires_at, renews_period, scan_content)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)""")
                .params(id, Sha256.hex(token), provider.name(), wanted.purpose().name(), wanted.ownerId(), wanted.plate(),
                        wanted.laneId(), wanted.amount(), Timestamp.from(now), Timestamp.from(expires),
                        wanted.renewsPeriod(), scan)
                .update();
        return paymentOrder(id, token, scan, expires, wanted);
    }

    /** The longest QR content kept (WeChat's and Alipay's are well under 100 characters). */
    static final int MAX_SCAN_LENGTH = 512;
    /** The longest description providers take (WeChat: 127). */
    static final int MAX_DESCRIPTION_LENGTH = 127;

    /** What the payer reads in the provider's app: what the order pays for, and the plate when there is one. */
    private String description(Wanted wanted) {
        String what = translations.getTranslation("pay.purpose." + wanted.purpose().name(), Translations.CHINESE);
        String text = wanted.plate() == null ? what : what + " " + wanted.plate();
        return text.length() > MAX_DESCRIPTION_LENGTH ? text.substring(0, MAX_DESCRIPTION_LENGTH) : text;
    }

    private String payPage(String token) {
        return publicUrl.of("/pay/" + token);
    }

    /** The newest open order with this provider for exactly what is wanted, long enough from expiry; else null. */
    private @Nullable PaymentOrder openOrder(Wanted wanted, PaymentProvider provider, Instant now) {
        return jdbc.sql("""
                        SELECT id, token_hash, scan_content, expires_at FROM payment_order
                        WHERE status = 'OPEN' AND created_at > ? AND expires_at > ? AND provider = ? AND purpose = ?
                          AND owner IS NOT DISTINCT FROM CAST(? AS BIGINT)
                          AND plate IS NOT DISTINCT FROM CAST(? AS VARCHAR(16))
                          AND lane IS NOT DISTINCT FROM CAST(? AS VARCHAR(32))
                          AND renews_period IS NOT DISTINCT FROM CAST(? AS BIGINT)
                          AND amount = ? AND currency = 'CNY'
                        ORDER BY created_at DESC LIMIT 1""")
                .params(Timestamp.from(now.minus(ORDER_LIFETIME)), Timestamp.from(now.plus(REUSED_WITH_AT_LEAST)),
                        provider.name(), wanted.purpose().name(), wanted.ownerId(), wanted.plate(), wanted.laneId(),
                        wanted.renewsPeriod(), wanted.amount())
                .query((rs, row) -> {
                    String id = rs.getString("id");
                    String token = tokenOf(id);
                    // an order from before tokens were derived cannot be shown again: a new one then
                    return Sha256.hex(token).equals(rs.getString("token_hash"))
                            ? paymentOrder(id, token, rs.getString("scan_content"),
                                    rs.getTimestamp("expires_at").toInstant(), wanted) : null;
                })
                .optional().orElse(null);
    }

    /** What the payer scans is the provider's content, or ParkGate's own pay page when it has none. */
    private PaymentOrder paymentOrder(String id, String token, @Nullable String scanContent, Instant expires,
            Wanted wanted) {
        return new PaymentOrder(id, token, scanContent == null ? payPage(token) : scanContent, wanted.purpose(),
                wanted.ownerId(), wanted.plate(), wanted.laneId(), wanted.amount(), "CNY", expires);
    }

    /** An order's pay-page token: derived from its id, stored only as SHA-256 ({@link TokenKey}). */
    String tokenOf(String orderId) {
        return tokens.derive("order:" + orderId);
    }

    /** The order behind a pay page's token, or null; an open order past its time shows as EXPIRED. */
    @Transactional(readOnly = true)
    public @Nullable OrderForPayer forPayer(String token) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT id, purpose, plate, amount, currency, status, expires_at, provider, scan_content
                        FROM payment_order WHERE token_hash = ?""")
                .param(Sha256.hex(token == null ? "" : token.strip()))
                .query((rs, row) -> {
                    Instant expires = rs.getTimestamp(7).toInstant();
                    String status = rs.getString(6);
                    return new OrderForPayer(rs.getString(1), OrderPurpose.valueOf(rs.getString(2)),
                            OrderForPayer.mask(rs.getString(3)), rs.getLong(4), rs.getString(5),
                            status.equals("OPEN") && expires.isBefore(now) ? "EXPIRED" : status, expires,
                            rs.getString(8), rs.getString(9));
                })
                .optional().orElse(null);
    }

    /** Online payments held for review (amount or currency differed, or could not be applied), newest first. */
    @org.springframework.security.access.prepost.PreAuthorize(org.parkgate.security.Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<HeldPayment> held() {
        return jdbc.sql("""
                        SELECT o.id, o.plate, o.amount, o.currency, o.created_at,
                               (SELECT MAX(e.body) FROM payment_event e WHERE e.order_id = o.id AND e.outcome = 'HELD')
                        FROM payment_order o WHERE o.status = 'HELD' ORDER BY o.created_at DESC LIMIT 200""")
                .query((rs, row) -> new HeldPayment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6) == null ? "" : rs.getString(6)))
                .list();
    }

    /**
     * Visitors' parking fees paid online in the last 30 days, newest first (a manager may give one
     * back): {@code reported} is the provider that took it.
     */
    @org.springframework.security.access.prepost.PreAuthorize(org.parkgate.security.Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<HeldPayment> visitorFeesPaidOnline() {
        return jdbc.sql("""
                        SELECT id, plate, amount, currency, paid_at, provider FROM payment_order
                        WHERE status = 'PAID' AND purpose = 'VISITOR_FEE' AND payment IS NULL AND paid_at > ?
                        ORDER BY paid_at DESC LIMIT 200""")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(30))))
                .query((rs, row) -> new HeldPayment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    /** Whether a provider of this name is configured. */
    public boolean knows(String providerName) {
        return providers.named(providerName) != null;
    }

    /** The provider's answer to a notification whose effect ({@code outcome}) is committed. */
    public Acknowledgement acknowledgement(String providerName, NotificationOutcome outcome) {
        PaymentProvider provider = providers.named(providerName);
        return provider == null ? new Acknowledgement(200, Map.of("outcome", outcome.name()))
                : provider.accepted(outcome.name());
    }

    /** The provider's answer to a notification refused with {@code status}: nothing was written. */
    public Acknowledgement refusal(String providerName, int status, String why) {
        PaymentProvider provider = providers.named(providerName); // removed meanwhile: a plain refusal
        return provider == null ? new Acknowledgement(status, Map.of("code", "FAIL", "message", why))
                : provider.refused(status, why);
    }

    /** A configured provider; one removed meanwhile is refused as unknown. */
    private PaymentProvider provider(String providerName) {
        PaymentProvider provider = providers.named(providerName);
        if (provider == null) {
            throw new MalformedNotificationException("no payment provider " + providerName + " is configured");
        }
        return provider;
    }

    /** The longest order and event ids the records hold (the real providers' are at most 64). */
    static final int MAX_ID_LENGTH = 64;

    /**
     * Handles a provider's notification as received.
     *
     * @throws org.parkgate.billing.provider.InvalidNotificationException when it is not authentic or
     *         not fresh: nothing is written
     * @throws MalformedNotificationException when it is authentic but names ids no order can have:
     *         nothing is written, and resending would not change that
     */
    @Transactional
    public NotificationOutcome notify(String providerName, Map<String, String> headers, String rawBody) {
        ProviderNotification note = provider(providerName).verify(headers, rawBody);
        if (note.eventId().length() > MAX_ID_LENGTH || note.orderId().length() > MAX_ID_LENGTH) {
            throw new MalformedNotificationException("eventId and orderId must be at most " + MAX_ID_LENGTH
                    + " characters");
        }
        String reported = note.reported();
        return take(note, providerName, reported.length() > 2000 ? reported.substring(0, 2000) : reported);
    }

    /**
     * For notifications that never came: asks the provider about open orders older than two
     * minutes and applies what it reports, as if notified (event id {@code query:<order>}, so a
     * late notification afterwards is a duplicate of nothing and is answered ALREADY_PAID). Only
     * what the provider reports counts, amount and currency included (a difference is held). An
     * order past its expiry that the provider still reports unpaid is closed there and then
     * recorded EXPIRED; one whose provider cannot be asked or closed stays open for the next run,
     * until a day after its expiry (the provider's own expiry has long stopped it being paid).
     * An order whose provider is no longer configured stays open. Then refunds under way are
     * followed ({@link OnlineRefunds#follow}).
     */
    @Scheduled(cron = "${parkgate.payments.reconcile-cron}", zone = "${parkgate.zone}")
    public void reconcile() {
        Instant now = clock.instant();
        List<OpenOrder> open = jdbc.sql("""
                        SELECT id, provider, expires_at FROM payment_order
                        WHERE status IN ('OPEN', 'SUPERSEDED') AND created_at < ? ORDER BY created_at""")
                .param(Timestamp.from(now.minus(Duration.ofMinutes(2))))
                .query(OpenOrder.ROWS)
                .list();
        for (OpenOrder order : open) {
            if (order.expires().plus(Duration.ofDays(1)).isBefore(now) && knows(order.provider())) {
                log.warn("Order {} expired a day ago and could not be closed at {}: recorded EXPIRED", order.id(),
                        order.provider());
                self.expire(order.id());
                continue;
            }
            ask(order, now, true);
        }
        refunds.follow();
    }

    /**
     * Paying at the lane without an inbound address: while a refused vehicle may still wait, every
     * {@code parkgate.payments.lane-poll-interval} (3 s) the provider is asked about each open order
     * made at a lane within the lanes' pay window ({@code parkgate.payments.lane-window-minutes}: as
     * long as a payment still opens the barrier), and what it reports is applied through the same
     * once-only path as a notification, so the barrier rises within seconds of the payment although
     * no notification can reach this ParkGate. Orders are not closed here (the minute's
     * reconciliation does that). Run by {@link LanePaymentPoll} on a thread of its own.
     */
    public void pollOrdersAtLanes() {
        Instant now = clock.instant();
        List<OpenOrder> waiting = jdbc.sql("""
                        SELECT id, provider, expires_at FROM payment_order
                        WHERE status = 'OPEN' AND lane IS NOT NULL AND created_at >= ? AND expires_at > ?
                        ORDER BY created_at DESC""")
                .params(Timestamp.from(now.minus(lanePollWindow)), Timestamp.from(now))
                .query(OpenOrder.ROWS)
                .list();
        for (OpenOrder order : waiting) {
            ask(order, now, false);
        }
    }

    /**
     * Asks the order's provider and applies a final state as a notification would (event id
     * {@code query:<order>}); an order still open past its expiry is closed there when {@code close}.
     * An order whose provider is no longer configured stays open; one that cannot be asked waits for
     * the next time.
     */
    private void ask(OpenOrder order, Instant now, boolean close) {
        PaymentProvider provider = providers.named(order.provider());
        if (provider == null) {
            return;
        }
        try { // one order that cannot be asked about or applied does not stop the others
            ProviderOrderState reported = provider.query(order.id());
            if (reported.state() != ProviderOrderState.State.OPEN) {
                self.applyQueried(asked(order, reported, now), order.provider());
            } else if (close && !order.expires().isAfter(now)) {
                provider.close(order.id());
                self.expire(order.id());
            }
        } catch (RuntimeException failed) {
            log.error("Asking {} about order {} failed; the next run asks again", order.provider(), order.id(),
                    failed);
        }
    }

    /** What the provider reported when asked, as a notification of it (event id {@code query:<order>}). */
    private static ProviderNotification asked(OpenOrder order, ProviderOrderState reported, Instant now) {
        return new ProviderNotification("query:" + order.id(), order.id(),
                reported.state() == ProviderOrderState.State.PAID, reported.amount(), reported.currency(), now,
                "query: " + reported);
    }

    /** An open order as reconciliation and the lanes' polling see it. */
    private record OpenOrder(String id, String provider, Instant expires) {
        static final RowMapper<OpenOrder> ROWS = (rs, row) -> new OpenOrder(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant());
    }

    /**
     * Before the booth takes a plate's amount in cash: each of the plate's open orders at a lane is
     * asked about first. One the provider reports paid is applied as usual (the barrier opens for
     * it) and the answer is true: then no cash may be taken. Every other one is closed at its
     * provider and recorded SUPERSEDED, so a payment the provider still reports for it (paid in
     * the moment before the close, or the close failed) is held for a refund and never applied.
     */
    public boolean paidOnlineBeforeTheBooth(String plate) {
        Instant now = clock.instant();
        List<OpenOrder> open = jdbc.sql("""
                        SELECT id, provider, expires_at FROM payment_order
                        WHERE status = 'OPEN' AND lane IS NOT NULL AND plate = ?""")
                .param(plate).query(OpenOrder.ROWS).list();
        boolean paid = false;
        for (OpenOrder order : open) {
            PaymentProvider provider = providers.named(order.provider());
            try {
                if (provider == null) { // removed meanwhile: cannot be asked, so superseded all the same
                    throw new ProviderException("provider " + order.provider() + " is not configured");
                }
                ProviderOrderState reported = provider.query(order.id());
                if (reported.state() == ProviderOrderState.State.PAID) {
                    paid |= self.applyQueried(asked(order, reported, now), order.provider())
                            == NotificationOutcome.APPLIED;
                    continue;
                }
                provider.close(order.id());
            } catch (RuntimeException unreachable) { // superseded all the same: a late payment is held
                log.warn("Could not settle order {} with {} before cash at the booth; a payment it reports later is"
                        + " held for a refund", order.id(), order.provider(), unreachable);
            }
            jdbc.sql("UPDATE payment_order SET status = 'SUPERSEDED' WHERE id = ? AND status = 'OPEN'")
                    .param(order.id()).update();
        }
        return paid;
    }

    /** An order no longer payable (closed at its provider) is EXPIRED, unless something paid it meanwhile. */
    @Transactional
    public void expire(String orderId) {
        jdbc.sql("UPDATE payment_order SET status = 'EXPIRED' WHERE id = ? AND status IN ('OPEN', 'SUPERSEDED')")
                .param(orderId).update();
    }

    /** One reconciled order in its own transaction, recorded like a notification. */
    @Transactional
    public NotificationOutcome applyQueried(ProviderNotification note, String providerName) {
        return take(note, providerName, note.reported());
    }

    /** Records the event once (a repeat is DUPLICATE and changes nothing), then applies it. */
    private NotificationOutcome take(ProviderNotification note, String providerName, String body) {
        try {
            jdbc.sql("""
                            INSERT INTO payment_event (event_id, provider, order_id, received_at, outcome, body)
                            VALUES (?, ?, ?, ?, 'RECEIVED', ?)""")
                    .params(note.eventId(), providerName, note.orderId(), Timestamp.from(clock.instant()), body)
                    .update();
        } catch (DuplicateKeyException again) {
            return NotificationOutcome.DUPLICATE;
        }
        NotificationOutcome outcome = apply(note, providerName);
        jdbc.sql("UPDATE payment_event SET outcome = ? WHERE provider = ? AND event_id = ?")
                .params(outcome.name(), providerName, note.eventId()).update();
        return outcome;
    }

    private NotificationOutcome apply(ProviderNotification note, String providerName) {
        record Order(OrderPurpose purpose, @Nullable Long ownerId, @Nullable String plate, @Nullable String laneId,
                long amount, String currency, String status, String provider) {
        }
        // one notification per order at a time: a write waits for another's commit (HSQLDB's MVCC does
        // not make SELECT ... FOR UPDATE wait), so the status read below is the committed one
        jdbc.sql("UPDATE payment_order SET status = status WHERE id = ?").param(note.orderId()).update();
        Order order = jdbc.sql("""
                        SELECT purpose, owner, plate, lane, amount, currency, status, provider FROM payment_order
                        WHERE id = ?""")
                .param(note.orderId())
                .query((rs, row) -> new Order(OrderPurpose.valueOf(rs.getString(1)), (Long) rs.getObject(2, Long.class),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .optional().orElse(null);
        if (order == null || !order.provider().equals(providerName)) { // another provider's order is none of its business
            return NotificationOutcome.UNKNOWN_ORDER;
        }
        if (order.status().equals("PAID")) {
            return NotificationOutcome.ALREADY_PAID;
        }
        if (order.status().equals("HELD")) { // its money waits for a cashier; nothing more to apply
            return NotificationOutcome.HELD;
        }
        if (order.status().equals("SUPERSEDED") && note.succeeded()) { // paid at the booth already: refund it
            status(note.orderId(), "HELD", null);
            return NotificationOutcome.HELD;
        }
        if (!note.succeeded()) {
            status(note.orderId(), "FAILED", null);
            return NotificationOutcome.FAILED;
        }
        if (note.amount() != order.amount() || !note.currency().equals(order.currency())) {
            status(note.orderId(), "HELD", null);
            return NotificationOutcome.HELD;
        }
        Long payment = null;
        if (order.purpose() == OrderPurpose.RENEWAL && order.ownerId() != null) {
            renewals.issueNextPeriod(note.orderId(), order.ownerId());
        }
        if (order.ownerId() != null) {
            OptionalLong applied = payments.recordOnline(order.ownerId(), order.amount(), note.orderId());
            if (applied.isEmpty()) { // e.g. paid meanwhile at the counter: the money waits for a refund
                status(note.orderId(), "HELD", null);
                return NotificationOutcome.HELD;
            }
            payment = applied.getAsLong();
        }
        status(note.orderId(), "PAID", payment);
        events.publishEvent(new OnlinePaymentReceived(note.orderId(), order.purpose(), order.plate(), order.laneId(),
                order.amount()));
        return NotificationOutcome.APPLIED;
    }

    private void status(String orderId, String status, @Nullable Long payment) {
        jdbc.sql("UPDATE payment_order SET status = ?, payment = ?, paid_at = ? WHERE id = ?")
                .params(status, payment, status.equals("PAID") ? Timestamp.from(clock.instant()) : null, orderId)
                .update();
    }
}
