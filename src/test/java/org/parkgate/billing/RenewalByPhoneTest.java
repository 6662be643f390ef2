package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An owner renews their pass from their own pay page; paying it issues and settles the next period. */
class RenewalByPhoneTest extends KaribuTest {

    @Autowired
    PassService passes;

    @Autowired
    PaymentService payments;

    @Autowired
    RegistryService registry;

    @Autowired
    OwnerPayLinks links;

    @Autowired
    OnlineOrders orders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPaidRenewalIssuesTheNextPeriodAndPaysIt() {
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("续费月卡", PassPeriod.MONTH, 6000, Rate.OWNER, "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("续费人", "", "R-0101"));
        registry.addVehicle(owner, "甘A12345", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        long period = passes.sell(owner, plan, List.of("甘A12345"), today);
        passes.stopRenewal(period);
        String token = links.linkFor(owner).replaceAll(".*/pay-owner/", "");
        assertThat(links.renewal(token)).as("something is still owed").isNull();
        payments.recordAtCounter(owner, 6000, PaymentMethod.CASH, null);

        OwnerPayLinks.RenewalOffer offer = links.renewal(token);
        assertThat(offer.startsOn()).isEqualTo(PassPeriod.MONTH.lastDay(today).plusDays(1));
        assertThat(offer.price()).isEqualTo(6000);
        PaymentOrder order = links.orderRenewal(token);
        String body = "{\"eventId\":\"renew-" + order.id() + "\",\"orderId\":\"" + order.id()
                + "\",\"status\":\"SUCCEEDED\",\"amount\":\"60.00\",\"currency\":\"CNY\"}";
        assertThat(orders.notify("sandbox", Map.of("x-parkgate-signature",
                SandboxSignature.header("demo-sandbox-secret", clock.instant().getEpochSecond(), body)), body))
                .isEqualTo(NotificationOutcome.APPLIED);

        assertThat(jdbc.sql("""
                        SELECT s.starts_on, s.renews, i.settled_on IS NOT NULL FROM subscription s
                        JOIN invoice i ON i.subscription = s.id WHERE s.owner = ? ORDER BY s.starts_on DESC LIMIT 1""")
                .param(owner)
                .query((rs, row) -> rs.getDate(1).toLocalDate() + " renews=" + rs.getBoolean(2) + " paid=" + rs.getBoolean(3))
                .single()).isEqualTo(offer.startsOn() + " renews=false paid=true");
    }
}
