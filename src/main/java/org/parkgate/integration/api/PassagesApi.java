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
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    Page<ApiPassage> list(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(from, until, cursor, limit, clock);
        List<Passage> found = passages.after(page.from(), page.until(), page.afterAt(), page.afterId(), page.limit());
        return Page.of(found, page, ApiPassage::of, p -> PageRequest.cursorAfter(p.decidedAt(), p.id()));
    }
}
