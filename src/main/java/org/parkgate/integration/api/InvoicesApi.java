package org.parkgate.integration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.parkgate.base.Money;
import org.parkgate.billing.InvoiceList;
import org.parkgate.billing.InvoiceRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/integration/v1/invoices} (scope {@code payments:read}): every invoice issued, oldest first. */
@RestController
@RequestMapping("/api/integration/v1/invoices")
class InvoicesApi {

    /** An invoice: for which pass plan (or visit) and period, amounts in yuan, the late fee as of today while open. */
    record ApiInvoice(long id, long ownerId, String plan, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
            BigDecimal amount, BigDecimal lateFee, BigDecimal paid, BigDecimal owed, boolean settled) {

        static ApiInvoice of(InvoiceRow i) {
            return new ApiInvoice(i.id(), i.ownerId(), i.plan(), i.periodStart(), i.periodEnd(), i.dueOn(),
                    Money.decimal(i.amount()), Money.decimal(i.lateFee()), Money.decimal(i.paid()), Money.decimal(i.owed()),
                    i.settled());
        }
    }

    private final InvoiceList invoices;
    private final Clock clock;

    InvoicesApi(InvoiceList invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Invoices", description = "Every invoice issued (pass periods and visits billed to owners), "
            + "oldest first by when it was issued. Scope `payments:read`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    Page<ApiInvoice> list(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(from, until, cursor, limit, clock);
        var found = invoices.issuedAfter(page.from(), page.until(), page.afterAt(), page.afterId(), page.limit());
        return Page.of(found, page, ApiInvoice::of, i -> PageRequest.cursorAfter(i.issuedAt(), i.id()));
    }
}
