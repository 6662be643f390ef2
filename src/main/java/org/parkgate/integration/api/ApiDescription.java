package org.parkgate.integration.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description says of ParkGate's HTTP API as a whole: who may call what, how they
 * prove it, how errors look. Each endpoint describes itself.
 */
@Configuration
class ApiDescription {

    static final String CLIENT = "client";
    static final String DEVICE = "device";

    @Bean
    OpenAPI parkGateApi() {
        return new OpenAPI()
                .info(new Info().title("ParkGate API").version("1")
                        .description("""
                                Three kinds of callers. **Integration clients** (the office's other systems) call
                                `/api/integration/v1/...` with `Authorization: Bearer <secret>` of a client an admin
                                made on the API clients page; each endpoint names its scope. **Devices** (cameras,
                                scripts, the simulator) call `/api/v1/...` with `X-Api-Key` (cameras may put it in
                                the `key` parameter). **Payment providers** notify `/api/v1/payments/notify/{provider}`
                                with their own signatures.

                                Errors are RFC 9457 `application/problem+json`: 400 (bad input; `errors` lists each
                                problem), 401 (no or wrong secret or key), 403 (missing scope, key not for this use
                                or lane), 404, 413 (body over `parkgate.api.max-body-bytes`), 429 (too many calls;
                                `Retry-After`); never a 5xx for a malformed request. Lists are oldest first with a
                                `cursor` for the next page. Amounts are in yuan, times ISO-8601 instants."""))
                .components(new Components()
                        .addSecuritySchemes(CLIENT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API client's secret (pgc_...)"))
                        .addSecuritySchemes(DEVICE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key").description("A device key")));
    }
}
