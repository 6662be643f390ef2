package org.parkgate.integration.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
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

    /** What every list of the integration API takes and may answer, said once for all of them. */
    @Bean
    OperationCustomizer integrationLists() {
        Map<String, String> parameters = Map.of(
                "from", "From this instant (inclusive), ISO-8601, e.g. 2026-06-01T00:00:00Z; the beginning when left out",
                "until", "Until this instant (exclusive); now when left out",
                "cursor", "The `next` of the previous page; left out for the first page",
                "limit", "Items per page, 1-500 (100 when left out)");
        return (operation, handler) -> {
            if (!handler.getBeanType().getPackageName().equals(ApiDescription.class.getPackageName())) {
                return operation;
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    if (parameters.containsKey(parameter.getName())) {
                        parameter.setDescription(parameters.get(parameter.getName()));
                    }
                });
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            problem(responses, "400", "Bad parameters, each named in `errors`");
            problem(responses, "401", "No or a wrong client secret");
            problem(responses, "403", "The client lacks this endpoint's scope");
            problem(responses, "429", "Too many calls of this client this minute; see Retry-After");
            operation.setResponses(responses);
            return operation;
        };
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }

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
                        .addSchemas("ProblemDetail", new ObjectSchema().description("RFC 9457 problem details")
                                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                                .addProperty("errors", new ArraySchema().items(new StringSchema())))
                        .addSecuritySchemes(CLIENT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API client's secret (pgc_...)"))
                        .addSecuritySchemes(DEVICE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key").description("A device key")));
    }
}
