package org.parkgate.integration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Plates;
import org.parkgate.registry.OwnerFields;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryException;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.RegistrySync;
import org.parkgate.registry.VehicleKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/integration/v1/owners}: owners and their plates, by id (scope {@code owners:read});
 * owners and vehicles created, changed and removed by another system (scope {@code owners:write}),
 * under the Owners page's rules.
 */
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

    /** An owner's details as another system sends them; a missing language keeps the owner's. */
    record OwnerBody(@Nullable String name, @Nullable String phone, @Nullable String unit, @Nullable String email,
            @Nullable String language) {

        OwnerFields fields() {
            return new OwnerFields(name, phone, unit, email, language);
        }
    }

    /** A vehicle as another system sends it: its kind (CAR when missing) and colour. */
    record VehicleBody(@Nullable String kind, @Nullable String colour) {
    }

    /** A vehicle as registered. */
    record ApiVehicle(String plate, long ownerId, VehicleKind kind, @Nullable String colour) {
    }

    private static final String WRITE = " Scope `owners:write`; every field problem is listed in one 400.";

    private final RegistryService registry;
    private final RegistrySync sync;
    private final Clock clock;

    OwnersApi(RegistryService registry, RegistrySync sync, Clock clock) {
        this.registry = registry;
        this.sync = sync;
        this.clock = clock;
    }

    @GetMapping("/{ownerId}")
    @Operation(summary = "One owner", description = "The owner with their plates; 404 for an unknown id. "
            + "Scope `owners:read`.", security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ApiOwner one(@PathVariable long ownerId) {
        return ApiOwner.of(registry.owner(ownerId).orElseThrow(() -> new RegistryException("error.owner.not-found")));
    }

    @PostMapping
    @Operation(summary = "Create an owner", description = "Name required (at most 100 characters); phone a "
            + "mainland mobile or a landline with its area code; unit at most 32 characters; e-mail; language "
            + "`zh-CN` (default) or `en`." + WRITE, security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ResponseEntity<ApiOwner> create(@RequestBody OwnerBody body) {
        long id = sync.createOwner(body.fields());
        return ResponseEntity.created(URI.create("/api/integration/v1/owners/" + id)).body(one(id));
    }

    @PutMapping("/{ownerId}")
    @Operation(summary = "Change an owner", description = "Replaces name, phone, unit and e-mail (and the "
            + "language when given); 404 for an unknown id." + WRITE,
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ApiOwner change(@PathVariable long ownerId, @RequestBody OwnerBody body) {
        sync.changeOwner(ownerId, body.fields());
        return one(ownerId);
    }

    @PutMapping("/{ownerId}/vehicles/{plate}")
    @Operation(summary = "Register or change a vehicle", description = "Registers the plate to the owner (201) "
            + "or changes its kind and colour (200); the gate knows it at once. A plate of another owner is a "
            + "409: remove it there first." + WRITE, security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ResponseEntity<ApiVehicle> putVehicle(@PathVariable long ownerId, @PathVariable String plate,
            @RequestBody VehicleBody body) {
        boolean created = sync.putVehicle(ownerId, plate, body.kind(), body.colour());
        String stored = Plates.normalize(plate);
        ApiVehicle vehicle = registry.vehiclesOf(ownerId).stream().filter(v -> v.plate().equals(stored))
                .map(v -> new ApiVehicle(v.plate(), ownerId, v.kind(), v.colour())).findFirst().orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(vehicle);
    }

    @DeleteMapping("/{ownerId}/vehicles/{plate}")
    @Operation(summary = "Remove a vehicle", description = "From then on the gate treats the plate as a "
            + "visitor's; 404 when the owner has no such plate." + WRITE,
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    ResponseEntity<Void> removeVehicle(@PathVariable long ownerId, @PathVariable String plate) {
        String stored = Plates.normalize(plate);
        Long owner = registry.plateOwner(stored);
        if (owner == null || owner != ownerId) {
            throw new RegistryException("error.pass.plate-unknown", stored);
        }
        sync.removeVehicle(stored);
        return ResponseEntity.noContent().build();
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
