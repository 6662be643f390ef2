package org.parkgate.billing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of {@code payment_provider_setting} and {@code payment_offer}: providers' settings
 * as the Payment providers page stored them (secrets already sealed), and where each is offered.
 */
@Component
class ProviderSettingsRecords {

    static final String PAY_PAGES = "pay-pages";
    static final String LANE = "lane:";

    private final JdbcClient jdbc;

    ProviderSettingsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored provider's settings, by provider, then setting name. */
    Map<String, Map<String, String>> settings() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        jdbc.sql("SELECT provider, name, setting_value FROM payment_provider_setting ORDER BY provider, name")
                .query(rs -> {
                    all.computeIfAbsent(rs.getString(1), provider -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        return all;
    }

    void replace(String provider, Map<String, String> settings) {
        remove(provider);
        settings.forEach((name, value) -> jdbc.sql(
                        "INSERT INTO payment_provider_setting (provider, name, setting_value) VALUES (?, ?, ?)")
                .params(provider, name, value).update());
    }

    void remove(String provider) {
        jdbc.sql("DELETE FROM payment_provider_setting WHERE provider = ?").param(provider).update();
    }

    /**
     * Orders of this provider that it must still be asked about: open (a payer may be paying),
     * superseded or held (a payment may come, or waits for its refund), or a refund under way.
     */
    int unsettledOrders(String provider) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM payment_order
                                WHERE provider = ? AND status IN ('OPEN', 'SUPERSEDED', 'HELD'))
                             + (SELECT COUNT(*) FROM payment_refund WHERE provider = ? AND status = 'PROCESSING')
                        FROM (VALUES (0)) AS one(x)""")
                .params(provider, provider).query(Integer.class).single();
    }

    /** The stored offers, by scope ({@link #PAY_PAGES}, {@link #LANE} and a lot id). */
    Map<String, List<String>> offers() {
        Map<String, List<String>> offers = new LinkedHashMap<>();
        jdbc.sql("SELECT scope, providers FROM payment_offer ORDER BY scope")
                .query(rs -> {
                    offers.put(rs.getString(1), List.of(rs.getString(2).split(",")));
                });
        return offers;
    }

    void replaceOffers(Map<String, List<String>> offers) {
        jdbc.sql("DELETE FROM payment_offer").update();
        offers.forEach((scope, providers) -> {
            if (!providers.isEmpty()) {
                jdbc.sql("INSERT INTO payment_offer (scope, providers) VALUES (?, ?)")
                        .params(scope, String.join(",", providers)).update();
            }
        });
    }
}
