package org.parkgate.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.security.ApiScope;
import org.parkgate.security.Role;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Another system registers, lists and removes its webhook endpoints with {@code webhooks:manage}. */
class WebhooksApiTest extends KaribuTest {

    private static final String WEBHOOKS = "/api/integration/v1/webhooks";

    @Test
    void aSystemRegistersItsEndpointGetsItsSecretOnceAndRemovesIt() throws Exception {
        var api = new ApiCalls(context, () -> login("admin", Role.ADMIN));
        String secret = api.client("安防平台", ApiScope.WEBHOOKS_MANAGE);

        var refused = api.send(HttpMethod.POST, WEBHOOKS, secret,
                "{\"name\":\"安防\",\"url\":\"http://10.0.0.9/hook\",\"events\":[\"access.blacklisted_plate\",\"car.washed\"]}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(ApiCalls.json(refused).path("errors").get(0).asString()).startsWith("events: no such event car.washed");
        var badUrl = api.send(HttpMethod.POST, WEBHOOKS, secret,
                "{\"name\":\"安防\",\"url\":\"ftp://10.0.0.9/hook\",\"events\":[\"lane.alarm\"]}");
        assertThat(badUrl.getStatus()).isEqualTo(400);
        assertThat(ApiCalls.json(badUrl).path("detail").asString()).startsWith("Enter an http:// or https:// address");

        var made = api.send(HttpMethod.POST, WEBHOOKS, secret,
                "{\"name\":\"安防\",\"url\":\"http://10.0.0.9/hook\",\"events\":[\"access.blacklisted_plate\",\"lane.alarm\"]}");
        assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
        JsonNode endpoint = ApiCalls.json(made);
        assertThat(endpoint.path("secret").asString()).startsWith("whsec_");
        long id = endpoint.path("id").asLong();

        JsonNode listed = ApiCalls.json(api.get(WEBHOOKS, secret));
        assertThat(listed.valueStream().filter(e -> e.path("id").asLong() == id)).singleElement().satisfies(e -> {
            assertThat(e.path("events").valueStream().map(JsonNode::asString))
                    .containsExactly("lane.alarm", "access.blacklisted_plate");
            assertThat(e.path("secret").isNull()).as("never shown again").isTrue();
        });
        assertThat(api.send(HttpMethod.DELETE, WEBHOOKS + "/" + id, secret, null).getStatus()).isEqualTo(204);
        assertThat(api.send(HttpMethod.DELETE, WEBHOOKS + "/" + id, secret, null).getStatus()).isEqualTo(404);
    }
}
