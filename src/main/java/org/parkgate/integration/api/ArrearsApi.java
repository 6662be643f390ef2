package org.parkgate.integration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.parkgate.arrears.ArrearsRow;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.base.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/integration/v1/arrears} (scope {@code arrears:read}): what each owner in arrears owes, by owner id. */
@RestController
@RequestMapping("/api/integration/v1/arrears")
class ArrearsApi {

    /** An owner's arrears as last computed: stage since when, amount due with late fees, days overdue. */
    record ApiArrears(long ownerId, String stage, LocalDate stageSince, BigDecimal amountDue, BigDecimal lateFees,
            int daysOverdue) {

        static ApiArrears of(ArrearsRow a) {
            return new ApiArrears(a.ownerId(), a.standing().stage().name(), a.stageSince(),
                    Money.decimal(a.standing().amountDue()), Money.decimal(a.standing().lateFees()),
                    a.standing().daysOverdue());
        }
    }

    private final ArrearsService arrears;
    private final Clock clock;

    ArrearsApi(ArrearsService arrears, Clock clock) {
        this.arrears = arrears;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Arrears per owner", description = "Owners with arrears as last computed whose stage began in "
            + "the window (`from`/`until`), by owner id. Scope `arrears:read`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    Page<ApiArrears> list(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(from, until, cursor, limit, clock);
        var found = arrears.after(LocalDate.ofInstant(page.from(), clock.getZone()),
                LocalDate.ofInstant(page.until(), clock.getZone()).plusDays(1), page.afterId(), page.limit());
        return Page.of(found, page, ApiArrears::of, a -> PageRequest.cursorAfter(Instant.EPOCH, a.ownerId()));
    }
}
