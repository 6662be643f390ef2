package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.provider.SandboxSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same thing to pay again is the open order already made, also when asked for twice at once. */
class OrderReuseTest extends KaribuTest {

    static final AtomicInteger PLATES = new AtomicInteger();

    @Autowired
    OnlineOrders orders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eightAtOnceGetOneOrder() throws Exception {
        String plate = newPlate();
        int callers = 8;
        var together = new CyclicBarrier(callers);
        List<Callable<String>> clicks = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            clicks.add(() -> {
                together.await();
                return orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 700).id();
            });
        }
        List<String> ids = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            for (Future<String> id : pool.invokeAll(clicks)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).as("every caller got the same order").containsOnly(ids.getFirst());
        assertThat(ordersFor(plate)).as("orders in the database").isEqualTo(1);
    }

    @Test
    void anotherAmountLaneOrPurposeIsAnotherOrder() {
        String plate = newPlate();
        PaymentOrder first = orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 700);
        assertThat(orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 900).id()).as("the fee grew")
                .isNotEqualTo(first.id());
        assertThat(orders.create(OrderPurpose.VISITOR_FEE, null, plate, "out-1", 700).id()).as("at a lane")
                .isNotEqualTo(first.id());
        assertThat(orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 700)).as("the first again, all of it")
                .isEqualTo(first);
        assertThat(status(first)).as("the older amount's order is left to expire").isEqualTo("OPEN");
        assertThat(ordersFor(plate)).isEqualTo(3);
    }

    @Test
    void anOrderNearItsEndOrNoLongerOpenIsNotGivenAgain() {
        String plate = newPlate();
        PaymentOrder first = orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 700);
        clock.advance(OnlineOrders.ORDER_LIFETIME.minus(OnlineOrders.REUSED_WITH_AT_LEAST));
        PaymentOrder second = orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 700);
        assertThat(second.id()).as("too little time left to pay the first").isNotEqualTo(first.id());

        failed(second); // as PAID or HELD: no longer open
        assertThat(orders.create(OrderPurpose.VISITOR_FEE, null, plate, null, 700).id()).as("after it failed")
                .isNotEqualTo(second.id());
        assertThat(ordersFor(plate)).isEqualTo(3);
    }

    private void failed(PaymentOrder order) {
        String body = "{\"eventId\":\"reuse-" + order.id() + "\",\"orderId\":\"" + order.id()
                + "\",\"status\":\"FAILED\",\"amount\":\"" + java.math.BigDecimal.valueOf(order.amount(), 2)
                + "\",\"currency\":\"CNY\"}";
        assertThat(orders.notify("sandbox", Map.of("x-parkgate-signature",
                SandboxSignature.header("demo-sandbox-secret", clock.instant().getEpochSecond(), body)), body))
                .isEqualTo(NotificationOutcome.FAILED);
    }

    private static String newPlate() {
        return "琼B" + String.format("%05d", PLATES.incrementAndGet());
    }

    private String status(PaymentOrder order) {
        return jdbc.sql("SELECT status FROM payment_order WHERE id = ?").param(order.id()).query(String.class).single();
    }

    private int ordersFor(String plate) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_order WHERE plate = ?").param(plate).query(Integer.class).single();
    }
}
