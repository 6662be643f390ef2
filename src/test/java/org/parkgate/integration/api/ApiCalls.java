package org.parkgate.integration.api;

import java.net.URI;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.security.ApiClients;
import org.parkgate.security.ApiScope;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the integration API through the real filter chain, as a client with its bearer secret would make them. */
final class ApiCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc api;
    private final ApiClients clients;
    private final Runnable signInAdmin;

    /** {@code signInAdmin}: how the test signs an admin in (to make clients). */
    ApiCalls(ApplicationContext context, Runnable signInAdmin) {
        this.api = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.clients = context.getBean(ApiClients.class);
        this.signInAdmin = signInAdmin;
    }

    /** A new client with these scopes, made by an admin; its secret. Nobody is signed in afterwards. */
    String client(String name, ApiScope... scopes) {
        signInAdmin.run();
        String secret = clients.create(name, Set.of(scopes)).secret();
        SecurityContextHolder.clearContext();
        return secret;
    }

    MockHttpServletResponse get(String path, @Nullable String secret) throws Exception {
        return send(HttpMethod.GET, path, secret, null);
    }

    /** {@code path} as sent: percent-encoded where it needs to be. */
    MockHttpServletResponse send(HttpMethod method, String path, @Nullable String secret, @Nullable String json)
            throws Exception {
        var request = MockMvcRequestBuilders.request(method, URI.create(path)).with(r -> {
            r.setRemoteAddr("10.20.0.1");
            return r;
        });
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        if (json != null) {
            request.contentType("application/json").content(json);
        }
        return api.perform(request).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse answer) throws Exception {
        return JSON.readTree(answer.getContentAsString());
    }
}
