package org.parkgate.integration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/integration/v1/owners} (scope {@code owners:read}): owners and their plates, by id. */
@RestController
@RequestMapping("/api/integration/v1/owners")
class OwnersApi {

    /** An owner with the plates registered for them now. */
    record ApiOwner(long id, String name, @Nullable String phone, @Nullable String unit, List<String> plates) {

        static ApiOwner of(OwnerRow o) {
            return new ApiOwner(o.id(), o.name(), o.phone(), o.unit(),
                    o.plates().isBlank() ? List.of() : Arrays.asList(o.plates().split(", ")));
        }
    }

    private final RegistryService registry;
    private final Clock clock;

    OwnersApi(RegistryService registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Owners and vehicles", description = "Owners registered in the window (`from`/`until` on "
            + "when they were registered), by id, with their plates. Scope `owners:read`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    Page<ApiOwner> list(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(from, until, cursor, limit, clock);
        var found = registry.ownersAfter(page.from(), page.until(), page.afterId(), page.limit());
        return Page.of(found, page, ApiOwner::of, o -> PageRequest.cursorAfter(Instant.EPOCH, o.id()));
    }
}
