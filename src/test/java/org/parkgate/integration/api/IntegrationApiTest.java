package org.parkgate.integration.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.lane.LaneController;
import org.parkgate.security.ApiClients;
import org.parkgate.security.ApiScope;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integration API through the real filter chain: a client made by an admin pulls passages page
 * by page with its secret; no secret, a wrong one, a revoked one or one past its rotation's grace
 * is 401, a missing scope 403, bad parameters 400 naming each problem, too many calls 429.
 */
class IntegrationApiTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApiClients clients;

    @Autowired
    LaneController lanes;

    ApiCalls api;

    @BeforeEach
    void theRealFilterChain() {
        api = new ApiCalls(context, () -> login("admin", Role.ADMIN));
    }

    private String client(String name, ApiScope... scopes) {
        return api.client(name, scopes);
    }

    private MockHttpServletResponse call(String path, String secret) throws Exception {
        return api.get(path, secret);
    }

    @Test
    void aClientPullsThePassagesPageByPage() throws Exception {
        String secret = client("物业系统", ApiScope.PASSAGES_READ);
        String from = clock.instant().toString();
        for (String plate : List.of("甘F24001", "甘F24002", "甘F24003")) {
            lanes.plateRead("in-1", plate, 95, null);
            clock.advance(Duration.ofSeconds(1));
        }
        List<String> plates = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            var answer = call("/api/integration/v1/passages?limit=2&from=" + from + "&cursor=" + cursor, secret);
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
            JsonNode page = JSON.readTree(answer.getContentAsString());
            page.path("items").forEach(item -> plates.add(item.path("plate").asString()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
            pages++;
        } while (cursor != null);
        assertThat(plates).containsExactly("甘F24001", "甘F24002", "甘F24003");
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void noWrongOrRevokedSecretIs401AndAMissingScope403() throws Exception {
        String secret = client("财务系统", ApiScope.PAYMENTS_READ);
        assertThat(call("/api/integration/v1/payments", secret).getStatus()).isEqualTo(200);
        assertThat(call("/api/integration/v1/passages", secret).getStatus()).isEqualTo(403);
        assertThat(call("/api/integration/v1/payments", null).getStatus()).isEqualTo(401);
        assertThat(call("/api/integration/v1/payments", secret + "x").getStatus()).isEqualTo(401);
        var problem = call("/api/integration/v1/payments", null);
        assertThat(problem.getContentType()).startsWith("application/problem+json");

        login("admin", Role.ADMIN);
        long id = clients.list().stream().filter(c -> c.name().equals("财务系统")).findFirst().orElseThrow().id();
        clients.revoke(id);
        SecurityContextHolder.clearContext();
        assertThat(call("/api/integration/v1/payments", secret).getStatus()).isEqualTo(401);
    }

    @Test
    void aRotatedSecretWorksADayMoreAndTheNewOneAtOnce() throws Exception {
        String old = client("安防系统", ApiScope.PASSAGES_READ);
        login("admin", Role.ADMIN);
        long id = clients.list().stream().filter(c -> c.name().equals("安防系统")).findFirst().orElseThrow().id();
        String rotated = clients.rotate(id).secret();
        SecurityContextHolder.clearContext();

        assertThat(call("/api/integration/v1/passages", old).getStatus()).isEqualTo(200);
        assertThat(call("/api/integration/v1/passages", rotated).getStatus()).isEqualTo(200);
        clock.advance(ApiClients.GRACE.plusSeconds(1));
        assertThat(call("/api/integration/v1/passages", old).getStatus()).isEqualTo(401);
        assertThat(call("/api/integration/v1/passages", rotated).getStatus()).isEqualTo(200);
    }

    @Test
    void badParametersAreA400NamingEachProblem() throws Exception {
        String secret = client("参数测试", ApiScope.PASSAGES_READ);
        var answer = call("/api/integration/v1/passages?from=yesterday&limit=0&cursor=%25%25%25", secret);
        assertThat(answer.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.getContentAsString());
        assertThat(problem.path("errors")).hasSize(3);
    }

    @Test
    void tooManyCallsOfOneClientInAMinuteAre429WithRetryAfter() throws Exception {
        String secret = client("太勤快", ApiScope.PAYMENTS_READ);
        int status = 200;
        int calls = 0;
        while (status == 200 && calls < 1000) {
            status = call("/api/integration/v1/payments?limit=1", secret).getStatus();
            calls++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(calls).as("the 601st call").isEqualTo(601);
        assertThat(call("/api/integration/v1/payments?limit=1", secret).getHeader("Retry-After")).isNotBlank();
        clock.advance(Duration.ofMinutes(1));
        assertThat(call("/api/integration/v1/payments?limit=1", secret).getStatus()).isEqualTo(200);
    }

    @Test
    void everyEndpointRefusesAClientWithoutItsScope() throws Exception {
        String onlyWebhooks = client("无权限", ApiScope.WEBHOOKS_MANAGE);
        String onlyPassages = client("只看通行", ApiScope.PASSAGES_READ);
        List<String> calls = new ArrayList<>();
        context.getBean("requestMappingHandlerMapping",
                org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)
                .getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/integration/"))
                        .forEach(path -> info.getMethodsCondition().getMethods().forEach(method ->
                                calls.add(method + " " + path.replaceAll("\\{[^}]+}", "1")))));
        assertThat(calls).hasSizeGreaterThanOrEqualTo(10);
        for (String call : calls) {
            String[] methodAndPath = call.split(" ");
            String lacking = methodAndPath[1].contains("/webhooks") ? onlyPassages : onlyWebhooks;
            var answer = api.send(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1], lacking, "{}");
            assertThat(answer.getStatus()).as(call).isEqualTo(403);
        }
    }

    @Test
    void ownersInvoicesAndArrearsAreReadLikeTheRest() throws Exception {
        String secret = client("全部读取", ApiScope.OWNERS_READ, ApiScope.PAYMENTS_READ, ApiScope.ARREARS_READ);
        login("manager", Role.MANAGER, Role.CASHIER);
        var registry = context.getBean(org.parkgate.registry.RegistryService.class);
        var passes = context.getBean(org.parkgate.billing.PassService.class);
        String from = clock.instant().toString();
        long owner = registry.createOwner(new org.parkgate.registry.NewOwner("接口业主", "13900240001", "API-1"));
        registry.addVehicle(owner, "甘G24001", org.parkgate.registry.VehicleKind.CAR, null);
        long plan = passes.createPlan(new org.parkgate.billing.NewPassPlan("接口月卡", org.parkgate.billing.PassPeriod.MONTH,
                7000, org.parkgate.billing.Rate.OWNER, "MON-SUN 00:00-24:00", 1));
        passes.sell(owner, plan, List.of("甘G24001"), java.time.LocalDate.now(clock));
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofSeconds(1)); // "until" is now by default, and excluded

        JsonNode owners = JSON.readTree(call("/api/integration/v1/owners?from=" + from, secret).getContentAsString());
        assertThat(owners.path("items")).singleElement().satisfies(item -> {
            assertThat(item.path("name").asString()).isEqualTo("接口业主");
            assertThat(item.path("plates").get(0).asString()).isEqualTo("甘G24001");
        });
        JsonNode invoices = JSON.readTree(call("/api/integration/v1/invoices?from=" + from, secret).getContentAsString());
        assertThat(invoices.path("items")).singleElement().satisfies(item -> {
            assertThat(item.path("ownerId").asLong()).isEqualTo(owner);
            assertThat(item.path("amount").decimalValue()).isEqualByComparingTo("70.00");
        });
        var arrears = call("/api/integration/v1/arrears?limit=500", secret);
        assertThat(arrears.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(arrears.getContentAsString()).path("items")).as("the demo's debtors")
                .anySatisfy(item -> assertThat(item.path("stage").asString()).isEqualTo("SUSPENDED"));
    }

    @Test
    void aSystemWithLanesControlOpensALaneWithAReasonRecordedAndAuditedUnderItsName() throws Exception {
        String secret = client("安防值班台", ApiScope.LANES_CONTROL);
        var refused = api.send(HttpMethod.POST, "/api/integration/v1/lanes/in-1/open", secret,
                "{\"plate\":\"甘H25001\"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getContentAsString()).path("errors")).hasSize(1);

        var answer = api.send(HttpMethod.POST, "/api/integration/v1/lanes/in-1/open", secret,
                "{\"plate\":\"甘H25001\",\"reason\":\"消防演练\"}");
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        long passage = JSON.readTree(answer.getContentAsString()).path("passageId").asLong();
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        assertThat(jdbc.sql("SELECT reason || ' ' || actor || ' ' || note FROM passage WHERE id = ?").param(passage)
                .query(String.class).single()).isEqualTo("MANUAL_OPEN client:安防值班台 消防演练");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'MANUAL_OPEN' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("client:安防值班台");
        assertThat(api.send(HttpMethod.POST, "/api/integration/v1/lanes/no-such-lane/open", secret,
                "{\"reason\":\"x\"}").getStatus()).isEqualTo(404);
    }
}
