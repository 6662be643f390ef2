package org.parkgate.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Reversal;
import org.parkgate.integration.webhook.WebhookReceiver.Answer;
import org.parkgate.integration.webhook.WebhookReceiver.Received;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneController;
import org.parkgate.platelist.NewPlateListing;
import org.parkgate.platelist.PlateListKind;
import org.parkgate.platelist.PlateLists;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks against real HTTP endpoints on this machine that check every signature themselves:
 * every event type as it happens, retries with the same event id until a day has passed, no
 * redirect followed, a slow endpoint holding up nothing else, one owner's events in order, a
 * rolled-back change never sent, and Resend.
 */
class WebhooksTest extends KaribuTest {

    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    WebhookSender sender;
    @Autowired
    LaneController lanes;
    @Autowired
    PaymentService payments;
    @Autowired
    PassService passes;
    @Autowired
    RegistryService registry;
    @Autowired
    PlateLists plateLists;
    @Autowired
    CameraWatch cameras;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> registered = new ArrayList<>();

    private WebhookReceiver endpoint(String name, Set<EventType> events) {
        WebhookReceiver receiver = new WebhookReceiver("whsec_test_" + java.util.UUID.randomUUID());
        receivers.add(receiver);
        login("admin", Role.ADMIN);
        registered.add(endpoints.register(name, receiver.url(), events, receiver.secret).id());
        SecurityContextHolder.clearContext();
        return receiver;
    }

    @AfterEach
    void removeEndpoints() {
        login("admin", Role.ADMIN);
        registered.forEach(endpoints::remove);
        SecurityContextHolder.clearContext();
        receivers.forEach(WebhookReceiver::close);
    }

    private static List<Received> ofType(List<Received> received, EventType type) {
        return received.stream().filter(r -> r.type().equals(type.written())).toList();
    }

    private String status(String eventId) {
        return jdbc.sql("SELECT status FROM webhook_delivery WHERE event = ? ORDER BY id DESC LIMIT 1").param(eventId)
                .query(String.class).single();
    }

    @Test
    void everyEventTypeArrivesSignedAsItHappens() throws Exception {
        WebhookReceiver office = endpoint("物业总部", EnumSet.allOf(EventType.class));
        long debtor = jdbc.sql("SELECT owner FROM owner_arrears WHERE stage = 'SUSPENDED' ORDER BY owner LIMIT 1")
                .query(Long.class).single();

        login("manager", Role.MANAGER, Role.CASHIER);
        long owed = payments.balance(debtor).total();
        long paid = payments.recordAtCounter(debtor, owed, PaymentMethod.CASH, null);
        payments.reverse(paid, Reversal.VOID, "录错了");
        long owner = registry.createOwner(new NewOwner("推送业主", "13900270001", "WH-1"));
        registry.addVehicle(owner, "甘K27001", org.parkgate.registry.VehicleKind.CAR, null);
        passes.sell(owner, passes.plans().getFirst().id(), List.of("甘K27001"), LocalDate.now(clock));
        long listed = plateLists.add(new NewPlateListing("甘K27666", PlateListKind.BLACKLIST, "测试黑名单", LocalDate.now(clock), null));
        SecurityContextHolder.clearContext();
        try {
            lanes.plateRead("in-1", "甘K27002", 95, null);
            lanes.plateRead("in-1", "甘K27666", 95, null);
            cameras.heard("out-1");
            clock.advance(Duration.ofMinutes(2));
            assertThat(cameras.silentSince("out-1")).isNotNull();
        } finally {
            cameras.heard("out-1");
            login("manager", Role.MANAGER);
            plateLists.end(listed);
            SecurityContextHolder.clearContext();
        }

        // every type below, and both stage changes (other tests' lanes may add alarms of their own)
        List<Received> got = office.awaitUntil(all -> all.size() >= 10 && ofType(all, EventType.ARREARS_STAGE_CHANGED).size() >= 2);
        assertThat(got).allSatisfy(r -> assertThat(r.signed()).as(r.body()).isTrue());
        assertThat(got.stream().map(Received::type)).contains(EventType.PAYMENT_RECEIVED.written(),
                EventType.PAYMENT_REFUNDED.written(), EventType.INVOICE_ISSUED.written(),
                EventType.ARREARS_STAGE_CHANGED.written(), EventType.PASSAGE_RECORDED.written(),
                EventType.ACCESS_BLACKLISTED_PLATE.written(), EventType.LANE_ALARM.written());

        var payment = ofType(got, EventType.PAYMENT_RECEIVED).getFirst().json();
        assertThat(payment.path("id").asString()).isEqualTo(ofType(got, EventType.PAYMENT_RECEIVED).getFirst().eventId());
        assertThat(payment.path("data").path("ownerId").asLong()).isEqualTo(debtor);
        assertThat(payment.path("data").path("amount").decimalValue().movePointRight(2).longValueExact()).isEqualTo(owed);
        assertThat(ofType(got, EventType.PAYMENT_REFUNDED).getFirst().json().path("data").path("kind").asString())
                .isEqualTo("VOID");
        assertThat(ofType(got, EventType.ARREARS_STAGE_CHANGED).stream()
                .map(r -> r.json().path("data").path("from").asString() + ">" + r.json().path("data").path("to").asString()))
                .as(() -> "cleared by the payment, back by its void, in that order; owner " + debtor + "'s stage history: "
                        + jdbc.sql("SELECT from_stage || '>' || to_stage FROM arrears_history WHERE owner = ? ORDER BY id")
                                .param(debtor).query(String.class).list())
                .containsSubsequence("SUSPENDED>ACTIVE", "ACTIVE>SUSPENDED");
        assertThat(ofType(got, EventType.INVOICE_ISSUED).getFirst().json().path("data").path("ownerId").asLong()).isEqualTo(owner);
        assertThat(ofType(got, EventType.PASSAGE_RECORDED).stream().map(r -> r.json().path("data")))
                .anySatisfy(p -> {
                    assertThat(p.path("plate").asString()).isEqualTo("甘K27666");
                    assertThat(p.path("decision").asString()).isEqualTo("REFUSED");
                    assertThat(p.path("reason").asString()).isEqualTo("BLACKLISTED");
                });
        assertThat(ofType(got, EventType.ACCESS_BLACKLISTED_PLATE).getFirst().json().path("data").path("lane").asString())
                .isEqualTo("in-1");
        assertThat(ofType(got, EventType.LANE_ALARM).getFirst().json().path("data").path("kind").asString())
                .isEqualTo("CAMERA_SILENT");
    }

    @Test
    void aFailingEndpointGetsTheSameEventAgainUntilItTakesItOrADayHasPassed() throws Exception {
        WebhookReceiver flaky = endpoint("不稳定", EnumSet.of(EventType.PASSAGE_RECORDED));
        flaky.answerNext(Answer.status(500));
        lanes.plateRead("in-1", "甘K27101", 95, null);
        Received first = flaky.await(1).getFirst();
        assertThat(status(first.eventId())).isEqualTo("PENDING");
        clock.advance(WebhookSender.BACK_OFF.getFirst().plusSeconds(1));
        sender.wake();
        List<Received> both = flaky.await(2);
        assertThat(both).extracting(Received::eventId).containsExactly(first.eventId(), first.eventId());
        assertThat(both).extracting(Received::attempt).containsExactly(1, 2);
        assertThat(both.get(1).body()).as("the same bytes").isEqualTo(first.body());
        awaitStatus(first.eventId(), "SENT");
        login("admin", Role.ADMIN);
        endpoints.remove(registered.removeLast());
        SecurityContextHolder.clearContext();

        WebhookReceiver dead = endpoint("一直出错", EnumSet.of(EventType.PASSAGE_RECORDED));
        for (int i = 0; i < 40; i++) {
            dead.answerNext(Answer.status(503));
        }
        lanes.plateRead("in-1", "甘K27102", 95, null);
        String eventId = dead.await(1).getFirst().eventId();
        int tries = 1;
        while (!status(eventId).equals("FAILED") && tries < 30) {
            clock.set(jdbc.sql("SELECT next_attempt_at FROM webhook_delivery WHERE event = ? AND status = 'PENDING'")
                    .param(eventId).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant)
                    .orElse(clock.instant()).plusSeconds(1));
            sender.wake();
            dead.await(++tries);
            awaitAttempts(eventId, tries);
        }
        assertThat(status(eventId)).isEqualTo("FAILED");
        assertThat(tries).as("tried for a day with growing pauses").isBetween(8, 16);
        login("admin", Role.ADMIN);
        Delivery failed = deliveries.ofEvent(eventId).getLast();
        assertThat(failed.lastStatus()).isEqualTo(503);
        assertThat(failed.lastAnswer()).startsWith("HTTP 503");
    }

    @Test
    void aRedirectIsNotFollowedAndASlowEndpointHoldsUpNoOtherEndpoint() throws Exception {
        WebhookReceiver elsewhere = endpoint("别处", EnumSet.of(EventType.LANE_ALARM));
        WebhookReceiver moved = endpoint("搬走了", EnumSet.of(EventType.PASSAGE_RECORDED));
        WebhookReceiver slow = endpoint("很慢", EnumSet.of(EventType.PASSAGE_RECORDED));
        WebhookReceiver quick = endpoint("很快", EnumSet.of(EventType.PASSAGE_RECORDED));
        moved.answerNext(Answer.redirect(elsewhere.url()));
        slow.answerNext(Answer.slow(Duration.ofSeconds(3)));

        var answer = lanes.plateRead("in-1", "甘K27201", 95, null);
        assertThat(answer.passageId()).isPositive();
        assertThat(quick.await(1)).hasSize(1);
        String eventId = quick.received().getFirst().eventId();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sent(eventId) < 1 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(sent(eventId)).as("the quick endpoint's delivery is on record").isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT d.attempts FROM webhook_delivery d JOIN webhook_endpoint p ON p.id = d.endpoint
                        WHERE d.event = ? AND p.name = ? AND p.removed_at IS NULL""").params(eventId, "很慢")
                .query(Integer.class).single()).as("while the slow one still waits for its answer").isZero();
        assertThat(slow.await(1)).as("its request arrived all the same").hasSize(1);

        moved.await(1);
        awaitAttempts(eventId, 3);
        assertThat(elsewhere.received()).as("a redirect is never followed").isEmpty();
        assertThat(jdbc.sql("""
                        SELECT d.last_answer FROM webhook_delivery d JOIN webhook_endpoint p ON p.id = d.endpoint
                        WHERE d.event = ? AND p.name = ? AND p.removed_at IS NULL""").params(eventId, "很慢")
                .query(String.class).single()).isEqualTo("no answer within 1 s");
        assertThat(jdbc.sql("""
                        SELECT d.status || ' ' || d.last_answer FROM webhook_delivery d JOIN webhook_endpoint p ON p.id = d.endpoint
                        WHERE d.event = ? AND p.name = ? AND p.removed_at IS NULL""").params(eventId, "搬走了")
                .query(String.class).single()).isEqualTo("PENDING HTTP 302: redirect to " + elsewhere.url() + " not followed");
    }

    @Test
    void oneOwnersEventsArriveInTheOrderTheyHappenedAndOthersDoNotWait() throws Exception {
        WebhookReceiver finance = endpoint("财务", EnumSet.of(EventType.PAYMENT_RECEIVED, EventType.PAYMENT_REFUNDED));
        List<Long> debtors = jdbc.sql("SELECT owner FROM owner_arrears WHERE amount_due > 0 ORDER BY owner LIMIT 2")
                .query(Long.class).list();
        finance.answerNext(Answer.status(500));
        login("manager", Role.MANAGER, Role.CASHIER);
        long first = payments.recordAtCounter(debtors.get(0), 100, PaymentMethod.CASH, null);
        List<Received> got = finance.await(1);
        payments.reverse(first, Reversal.VOID, "顺序测试");
        long other = payments.recordAtCounter(debtors.get(1), 100, PaymentMethod.CASH, null);
        payments.reverse(other, Reversal.VOID, "顺序测试");
        SecurityContextHolder.clearContext();

        got = finance.await(3);
        assertThat(got.stream().map(r -> r.json().path("data").path("ownerId").asLong() + " " + r.type()))
                .as("the other owner's events go on; the first owner's refund waits for their payment")
                .containsExactly(debtors.get(0) + " payment.received", debtors.get(1) + " payment.received",
                        debtors.get(1) + " payment.refunded");
        clock.advance(WebhookSender.BACK_OFF.getFirst().plusSeconds(1));
        sender.wake();
        got = finance.await(5);
        assertThat(got.subList(3, 5).stream().map(r -> r.json().path("data").path("ownerId").asLong() + " " + r.type()))
                .containsExactly(debtors.get(0) + " payment.received", debtors.get(0) + " payment.refunded");
    }

    @Test
    void anOwnersBurstOfEventsGoesOutAtOnceNotOneEventPerRound() throws Exception {
        WebhookReceiver finance = endpoint("连发", EnumSet.of(EventType.PAYMENT_RECEIVED, EventType.PAYMENT_REFUNDED));
        long debtor = jdbc.sql("SELECT owner FROM owner_arrears WHERE amount_due > 0 ORDER BY owner LIMIT 1")
                .query(Long.class).single();
        login("manager", Role.MANAGER, Role.CASHIER);
        transaction.executeWithoutResult(status -> {
            long paid = payments.recordAtCounter(debtor, 100, PaymentMethod.CASH, null);
            payments.reverse(paid, Reversal.VOID, "连发测试");
            paid = payments.recordAtCounter(debtor, 200, PaymentMethod.CASH, null);
            payments.reverse(paid, Reversal.VOID, "连发测试");
        });
        SecurityContextHolder.clearContext();

        // one commit, one wake: each delivered event frees the owner's next (the 10 s poll is not waited for)
        List<Received> got = finance.awaitUntil(all -> all.size() >= 4, Duration.ofSeconds(3));
        assertThat(got.stream().map(r -> r.type() + " " + r.json().path("data").path("amount").decimalValue().movePointRight(2).longValue()))
                .containsExactly("payment.received 100", "payment.refunded 100", "payment.received 200",
                        "payment.refunded 200");
    }

    @Test
    void aChangeRolledBackIsNeverDeliveredAndResendSendsTheSameEventAgain() throws Exception {
        WebhookReceiver finance = endpoint("回滚", EnumSet.of(EventType.PAYMENT_RECEIVED, EventType.PASSAGE_RECORDED));
        long debtor = jdbc.sql("SELECT owner FROM owner_arrears WHERE amount_due > 0 ORDER BY owner LIMIT 1")
                .query(Long.class).single();
        int events = jdbc.sql("SELECT COUNT(*) FROM webhook_event").query(Integer.class).single();
        login("cashier", Role.CASHIER);
        transaction.executeWithoutResult(status -> {
            payments.recordAtCounter(debtor, 100, PaymentMethod.CASH, null);
            status.setRollbackOnly();
        });
        SecurityContextHolder.clearContext();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_event").query(Integer.class).single()).isEqualTo(events);

        lanes.plateRead("in-1", "甘K27301", 95, null);
        Received sent = finance.await(1).getFirst();
        assertThat(sent.type()).as("the passage, not the payment rolled back").isEqualTo("passage.recorded");
        awaitStatus(sent.eventId(), "SENT");
        login("admin", Role.ADMIN);
        long delivery = deliveries.ofEvent(sent.eventId()).getFirst().id();
        deliveries.resend(delivery);
        SecurityContextHolder.clearContext();
        List<Received> again = finance.await(2);
        assertThat(again).extracting(Received::eventId).containsExactly(sent.eventId(), sent.eventId());
        assertThat(again.get(1).body()).isEqualTo(sent.body());
    }

    private void awaitStatus(String eventId, String expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!status(eventId).equals(expected) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(status(eventId)).isEqualTo(expected);
    }

    /** Until the event's deliveries together have been tried at least {@code tries} times and none is in flight. */
    private int sent(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE event = ? AND status = 'SENT'").param(eventId)
                .query(Integer.class).single();
    }

    private void awaitAttempts(String eventId, int tries) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && jdbc.sql("""
                        SELECT SUM(attempts) >= ? AND SUM(CASE WHEN status = 'SENDING' THEN 1 ELSE 0 END) = 0
                        FROM webhook_delivery WHERE event = ?""").params(tries, eventId).query(Boolean.class).single()
                != Boolean.TRUE) {
            Thread.sleep(20);
        }
    }
}
