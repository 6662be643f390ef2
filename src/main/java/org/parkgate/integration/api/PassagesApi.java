package org.parkgate.integration.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/integration/v1/passages} (scope {@code passages:read}): every decision at the lanes, oldest first. */
@RestController
@RequestMapping("/api/integration/v1/passages")
class PassagesApi {

    /** A passage as integrators get it; {@code amountDue} in yuan, null when nothing was due. */
    record ApiPassage(long id, String lane, String lot, String direction, String plate, boolean opened, String reason,
            @Nullable BigDecimal amountDue, boolean manual, @Nullable String actor, @Nullable String note,
            Instant decidedAt) {

        static ApiPassage of(Passage p) {
            return new ApiPassage(p.id(), p.laneId(), p.lotId(), p.direction().name(), p.plate(), p.opened(), p.reason(),
                    p.amountDue() > 0 ? Money.decimal(p.amountDue()) : null, p.manual(), p.actor(), p.note(),
                    p.decidedAt());
        }
    }

    private final PassageSearch passages;
    private final Clock clock;

    PassagesApi(PassageSearch passages, Clock clock) {
        this.passages = passages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Passages at the lanes", description = "Every decision at the lanes (opened or refused, with the reason code and what was due), oldest first. Scope `passages:read`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT),
            parameters = {
                @Parameter(name = "from", description = "From this instant (inclusive)", example = "2026-06-01T00:00:00Z"),
                @Parameter(name = "until", description = "Until this instant (exclusive); now when left out"),
                @Parameter(name = "cursor", description = "The `next` of the previous page"),
                @Parameter(name = "limit", description = "Items per page, 1-500", example = "100")})
    @ApiResponse(responseCode = "200", description = "One page, oldest first; `next` is null when there is nothing more yet")
    @ApiResponse(responseCode = "400", description = "Bad parameters, each named in `errors`",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No or a wrong client secret",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "The client lacks the scope `passages:read`",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Too many calls this minute; see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    Page<ApiPassage> list(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(from, until, cursor, limit, clock);
        List<Passage> found = passages.after(page.from(), page.until(), page.afterAt(), page.afterId(), page.limit());
        String next = found.size() < page.limit() ? null
                : PageRequest.cursorAfter(found.getLast().decidedAt(), found.getLast().id());
        return new Page<>(found.stream().map(ApiPassage::of).toList(), next);
    }
}
