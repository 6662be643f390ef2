package org.parkgate.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.Sha256;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pay links and order tokens are kept only as SHA-256, yet the counter can show an owner's link
 * again; replacing it from the Owners page ends the old one.
 */
class PayTokensTest extends KaribuTest {

    static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    RegistryService registry;
    @Autowired
    OwnerPayLinks links;
    @Autowired
    OnlineOrders orders;
    @Autowired
    JdbcClient jdbc;

    long newOwner() {
        login("cashier", Role.CASHIER);
        return registry.createOwner(new NewOwner("链接" + RUN.incrementAndGet(), "", null));
    }

    static String token(String link) {
        return link.replaceAll(".*/pay-owner/", "");
    }

    @Test
    void aPayLinkIsShownAgainAndAgainButStoredOnlyAsItsHash() {
        long owner = newOwner();
        String link = links.linkFor(owner);
        assertThat(links.linkFor(owner)).as("the same link every time").isEqualTo(link);
        assertThat(links.linkForMessage(owner)).as("the reminders send it too").isEqualTo(link);
        String token = token(link);
        assertThat(token).hasSize(22);
        assertThat(jdbc.sql("SELECT token_hash FROM owner_pay_link WHERE owner = ?").param(owner).query(String.class)
                .single()).isEqualTo(Sha256.hex(token));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM owner_pay_link WHERE token_hash = ? OR legacy_token_hash = ?")
                .params(token, token).query(Integer.class).single()).as("never in clear").isZero();
        assertThat(links.bill(token)).isNotNull();
        assertThat(links.bill(token + "x")).isNull();
    }

    @Test
    void theApplicationRunsTheJavaMigrationThatHashesOldTokens() {
        assertThat(jdbc.sql("SELECT \"type\" FROM \"flyway_schema_history\" WHERE \"version\" = '22'")
                .query(String.class).single()).isEqualTo("JDBC");
    }

    @Test
    void anOrderTokenIsStoredOnlyAsItsHash() {
        PaymentOrder order = orders.create(OrderPurpose.VISITOR_FEE, null, "鲁A" + (60000 + RUN.incrementAndGet()), null,
                500);
        assertThat(order).as("the demo's sandbox takes payments online").isNotNull();
        assertThat(jdbc.sql("SELECT token_hash FROM payment_order WHERE id = ?").param(order.id()).query(String.class)
                .single()).isEqualTo(Sha256.hex(order.token()));
        assertThat(orders.forPayer(order.token())).satisfies(found -> assertThat(found.orderId()).isEqualTo(order.id()));
        assertThat(orders.forPayer(Sha256.hex(order.token()))).as("the stored hash opens nothing").isNull();
    }

    @Test
    void replacingALinkOnTheOwnersPageEndsTheOldOneAndIsAudited() {
        long owner = newOwner();
        String old = token(links.linkFor(owner));
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("owners");
        @SuppressWarnings("unchecked")
        Grid<OwnerRow> grid = _get(Grid.class, spec -> spec.withId("owners-grid"));
        int row = GridKt._findAll(grid).stream().map(OwnerRow::id).toList().indexOf(owner);
        assertThat(row).as("the owner is listed").isNotNegative();
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId("replace-pay-link-" + owner)));
        _click(_get(Button.class, spec -> spec.withId("replace-pay-link-confirm-button")));

        String shown = _get(_get(Dialog.class, spec -> spec.withId("pay-link-dialog")), Anchor.class).getHref();
        assertThat(token(shown)).isNotEqualTo(old);
        assertThat(links.bill(old)).as("the old link works no more").isNull();
        assertThat(links.bill(token(shown))).isNotNull();
        assertThat(links.linkFor(owner)).as("the counter shows the new one").isEqualTo(shown);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'PAY_LINK_REPLACED' AND subject = ?")
                .param("owner " + owner).query(String.class).list()).containsExactly("manager");
    }
}
