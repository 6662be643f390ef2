package org.parkgate.integration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description: an admin gets it (and nobody else), it parses, and it lists every
 * endpoint under /api that the application serves.
 */
class ApiDescriptionTest extends KaribuTest {

    @Test
    void anAdminGetsADescriptionOfEveryApiEndpoint() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var answer = mvc.perform(get("/v3/api-docs").with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        JsonNode description = JsonMapper.builder().build().readTree(answer.getContentAsString());
        assertThat(description.path("openapi").asString()).startsWith("3.");
        List<String> described = new ArrayList<>();
        description.path("paths").propertyNames().forEach(described::add);

        List<String> served = new ArrayList<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet()
                .forEach(info -> info.getPatternValues().stream().filter(path -> path.startsWith("/api/"))
                        .forEach(served::add));
        assertThat(served).isNotEmpty();
        assertThat(described).containsAll(served);
        assertThat(description.path("paths").path("/api/integration/v1/passages").path("get").path("responses")
                .path("403").path("content").has("application/problem+json")).isTrue();

        assertThat(mvc.perform(get("/v3/api-docs").with(user("cashier").roles("CASHIER"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).as("signed out")
                .isIn(302, 401);
    }
}
