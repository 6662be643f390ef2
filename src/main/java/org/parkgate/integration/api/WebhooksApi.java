package org.parkgate.integration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.integration.webhook.Endpoint;
import org.parkgate.integration.webhook.EventType;
import org.parkgate.integration.webhook.WebhookEndpoints;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/integration/v1/webhooks} (scope {@code webhooks:manage}): another system registers
 * the endpoints it receives events at, lists and removes them, as an admin does on the Webhooks page.
 */
@RestController
@RequestMapping("/api/integration/v1/webhooks")
class WebhooksApi {

    /** An endpoint to register: a blank secret has one made, shown in the answer this once. */
    record NewEndpoint(@Nullable String name, @Nullable String url, @Nullable List<String> events,
            @Nullable String secret) {
    }

    /** A registered endpoint; {@code secret} only in the answer to its registration. */
    record ApiEndpoint(long id, String name, String url, List<String> events, @Nullable String secret) {

        static ApiEndpoint of(Endpoint e) {
            return new ApiEndpoint(e.id(), e.name(), e.url(), e.events().stream().sorted().map(EventType::written).toList(),
                    null);
        }
    }

    private final WebhookEndpoints endpoints;

    WebhooksApi(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping
    @Operation(summary = "Webhook endpoints", description = "The registered endpoints. Scope `webhooks:manage`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    List<ApiEndpoint> list() {
        return endpoints.list().stream().map(ApiEndpoint::of).toList();
    }

    @PostMapping
    @Operation(summary = "Register a webhook endpoint", description = "Events: " + EVENTS + ". Every delivery is a "
            + "POST of `{id, type, occurredAt, data}` signed `X-ParkGate-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "
            + "\"<t>.<body>\")>`; a 2xx takes it, anything else gets the same event again for 24 h; redirects are not "
            + "followed. Scope `webhooks:manage`.", security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ResponseEntity<ApiEndpoint> register(@RequestBody NewEndpoint body) {
        List<String> problems = new ArrayList<>();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String written : body.events() == null ? List.<String>of() : body.events()) {
            EventType.of(written == null ? "" : written).ifPresentOrElse(types::add,
                    () -> problems.add("events: no such event " + written + " (" + EVENTS + ")"));
        }
        FieldErrors.refuseAny(problems);
        var made = endpoints.register(body.name(), body.url(), types, body.secret());
        Endpoint endpoint = endpoints.list().stream().filter(e -> e.id() == made.id()).findFirst().orElseThrow();
        ApiEndpoint shown = ApiEndpoint.of(endpoint);
        return ResponseEntity.created(URI.create("/api/integration/v1/webhooks/" + made.id()))
                .body(new ApiEndpoint(shown.id(), shown.name(), shown.url(), shown.events(), made.secret()));
    }

    @DeleteMapping("/{endpointId}")
    @Operation(summary = "Remove a webhook endpoint", description = "Nothing more is written for it; 404 for an "
            + "unknown id. Scope `webhooks:manage`.", security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ResponseEntity<Void> remove(@PathVariable long endpointId) {
        endpoints.remove(endpointId);
        return ResponseEntity.noContent().build();
    }

    private static final String EVENTS = "payment.received, payment.refunded, invoice.issued, arrears.stage_changed, "
            + "passage.recorded, lane.alarm, access.blacklisted_plate";
}
