package org.parkgate.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.lane.AccessIndex;
import org.parkgate.security.ApiScope;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A property-management system keeps the registry in step through the API: owners created and
 * changed, vehicles put and removed, under the Owners page's rules with every field problem named
 * at once, the gate knowing a new plate at once, and every call audited under the client.
 */
class OwnersWriteApiTest extends KaribuTest {

    private static final String OWNERS = "/api/integration/v1/owners";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessIndex gate;

    private static final AtomicInteger SYSTEMS = new AtomicInteger();

    ApiCalls api;
    String name;
    String secret;

    @BeforeEach
    void aPropertyManagementSystem() {
        api = new ApiCalls(context, () -> login("admin", Role.ADMIN));
        name = "物业管理系统" + SYSTEMS.incrementAndGet();
        secret = api.client(name, ApiScope.OWNERS_READ, ApiScope.OWNERS_WRITE);
    }

    private static String plate(String plate) {
        return URLEncoder.encode(plate, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void anOwnerIsCreatedChangedAndGivenAVehicleTheGateKnowsAtOnce() throws Exception {
        var created = api.send(HttpMethod.POST, OWNERS, secret,
                "{\"name\":\"同步业主\",\"phone\":\"139 0026 0001\",\"unit\":\"6-601\",\"email\":\"tb@example.com\"}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long owner = ApiCalls.json(created).path("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo(OWNERS + "/" + owner);

        var changed = api.send(HttpMethod.PUT, OWNERS + "/" + owner, secret,
                "{\"name\":\"同步业主二\",\"phone\":\"13900260002\",\"unit\":\"6-602\",\"language\":\"en\"}");
        assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT name || ' ' || phone || ' ' || unit || ' ' || language || ' ' || COALESCE(email, '-') "
                + "FROM owner WHERE id = ?").param(owner).query(String.class).single())
                .as("the whole owner replaced, e-mail left out is none").isEqualTo("同步业主二 13900260002 6-602 en -");

        var vehicle = api.send(HttpMethod.PUT, OWNERS + "/" + owner + "/vehicles/" + plate("甘j 26001"), secret,
                "{\"kind\":\"suv\",\"colour\":\"白\"}");
        assertThat(vehicle.getStatus()).as(vehicle.getContentAsString()).isEqualTo(201);
        assertThat(ApiCalls.json(vehicle).path("plate").asString()).isEqualTo("甘J26001");
        var again = api.send(HttpMethod.PUT, OWNERS + "/" + owner + "/vehicles/" + plate("甘J26001"), secret,
                "{\"kind\":\"VAN\"}");
        assertThat(again.getStatus()).as("the same plate again changes it").isEqualTo(200);
        assertThat(ApiCalls.json(again).path("kind").asString()).isEqualTo("VAN");

        JsonNode read = ApiCalls.json(api.get(OWNERS + "/" + owner, secret));
        assertThat(read.path("plates").get(0).asString()).isEqualTo("甘J26001");
        assertThat(gate.index().get("甘J26001").account().accountId()).as("the gate knows the new plate's owner")
                .isEqualTo(owner);

        assertThat(api.send(HttpMethod.DELETE, OWNERS + "/" + owner + "/vehicles/" + plate("甘J26001"), secret, null)
                .getStatus()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM vehicle WHERE plate = '甘J26001'").query(Integer.class).single()).isZero();
        assertThat(gate.index().get("甘J26001").account()).as("a visitor's from now on").isNull();
        assertThat(jdbc.sql("SELECT subject || ' ' || detail FROM audit_event WHERE action = 'API_WRITE' "
                + "AND actor = ? ORDER BY id").param("client:" + name).query(String.class).list())
                .hasSize(5).first().isEqualTo("POST " + OWNERS + " 201");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE actor = ? AND action <> 'API_WRITE' ORDER BY id")
                .param("client:" + name).query(String.class).list())
                .containsExactly("OWNER_CREATED", "OWNER_CHANGED", "VEHICLE_ADDED", "VEHICLE_CHANGED", "VEHICLE_REMOVED");
    }

    @Test
    void aBadOwnerIsOne400NamingEveryFieldAndChangesNothing() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM owner").query(Integer.class).single();
        var refused = api.send(HttpMethod.POST, OWNERS, secret,
                "{\"name\":\" \",\"phone\":\"12345\",\"unit\":\"" + "x".repeat(33) + "\",\"email\":\"no-at\",\"language\":\"fr\"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(ApiCalls.json(refused).path("errors").valueStream().map(JsonNode::asString))
                .hasSize(5).anySatisfy(e -> assertThat(e).startsWith("name: The owner's name is required"))
                .anySatisfy(e -> assertThat(e).startsWith("phone: ")).anySatisfy(e -> assertThat(e).startsWith("unit: "))
                .anySatisfy(e -> assertThat(e).startsWith("email: ")).anySatisfy(e -> assertThat(e).startsWith("language: "));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM owner").query(Integer.class).single()).isEqualTo(before);

        var badVehicle = api.send(HttpMethod.PUT, OWNERS + "/1/vehicles/" + plate("甘I26001"), secret,
                "{\"kind\":\"TANK\",\"colour\":\"" + "红".repeat(33) + "\"}");
        assertThat(ApiCalls.json(badVehicle).path("errors")).hasSize(3);
    }

    @Test
    void unknownOwnersAre404AndAnotherOwnersPlate409() throws Exception {
        assertThat(api.get(OWNERS + "/999999", secret).getStatus()).isEqualTo(404);
        assertThat(api.send(HttpMethod.PUT, OWNERS + "/999999", secret, "{\"name\":\"无此人\"}").getStatus()).isEqualTo(404);
        var noOwner = api.send(HttpMethod.PUT, OWNERS + "/999999/vehicles/" + plate("甘J26002"), secret, "{}");
        assertThat(noOwner.getStatus()).as(noOwner.getContentAsString())
                .isEqualTo(404);
        long first = ApiCalls.json(api.send(HttpMethod.POST, OWNERS, secret, "{\"name\":\"甲\"}")).path("id").asLong();
        long second = ApiCalls.json(api.send(HttpMethod.POST, OWNERS, secret, "{\"name\":\"乙\"}")).path("id").asLong();
        assertThat(api.send(HttpMethod.PUT, OWNERS + "/" + first + "/vehicles/" + plate("甘J26003"), secret, "{}")
                .getStatus()).isEqualTo(201);
        var taken = api.send(HttpMethod.PUT, OWNERS + "/" + second + "/vehicles/" + plate("甘J26003"), secret, "{}");
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(api.send(HttpMethod.DELETE, OWNERS + "/" + second + "/vehicles/" + plate("甘J26003"), secret, null)
                .getStatus()).as("not this owner's plate").isEqualTo(404);
        assertThat(jdbc.sql("SELECT owner FROM vehicle WHERE plate = '甘J26003'").query(Long.class).single()).isEqualTo(first);
    }

    @Test
    void aReadOnlyClientCannotWriteAndMalformedBodiesAreNever5xx() throws Exception {
        String reader = api.client("只读系统" + SYSTEMS.incrementAndGet(), ApiScope.OWNERS_READ);
        assertThat(api.send(HttpMethod.POST, OWNERS, reader, "{\"name\":\"不许\"}").getStatus()).isEqualTo(403);
        for (String body : new String[] {"", "{", "[]", "null", "{\"name\":5}", "{\"name\":{\"a\":1}}", "\"x\"",
                "{\"name\":\"" + "长".repeat(5000) + "\"}", "{\"name\":\"a\",\"language\":[1]}"}) {
            for (String path : new String[] {OWNERS, OWNERS + "/1", OWNERS + "/abc", OWNERS + "/1/vehicles/%00",
                    OWNERS + "/1/vehicles/" + plate("甘J26004")}) {
                for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE}) {
                    var answer = api.send(method, path, secret, body);
                    assertThat(answer.getStatus()).as(method + " " + path + " " + body).isBetween(200, 499);
                }
            }
        }
    }
}
