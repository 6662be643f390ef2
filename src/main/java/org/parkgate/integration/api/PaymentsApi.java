package org.parkgate.integration.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.PaymentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/integration/v1/payments} (scope {@code payments:read}): every payment received,
 * oldest first, with where it stands (RECORDED, VOIDED, REFUNDED).
 */
@RestController
@RequestMapping("/api/integration/v1/payments")
class PaymentsApi {

    /** A payment as integrators get it; {@code ownerId} null for a visitor's fee; amounts in yuan. */
    record ApiPayment(long id, String receiptNo, @Nullable Long ownerId, BigDecimal amount, String method,
            Instant receivedAt, String receivedBy, String status) {

        static ApiPayment of(PaymentRow p) {
            return new ApiPayment(p.id(), p.receiptNo(), p.stayFee() ? null : p.ownerId(), Money.decimal(p.amount()),
                    p.method().name(), p.receivedAt(), p.receivedBy(), p.status().name());
        }
    }

    private final PaymentService payments;
    private final Clock clock;

    PaymentsApi(PaymentService payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Payments and refunds", description = "Every payment received (cash, card, transfer, online), oldest first, with its status: RECORDED, VOIDED or REFUNDED. Scope `payments:read`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    Page<ApiPayment> list(@RequestParam(required = false) String from, @RequestParam(required = false) String until,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(from, until, cursor, limit, clock);
        List<PaymentRow> found = payments.paymentsAfter(page.from(), page.until(), page.afterAt(), page.afterId(),
                page.limit());
        return Page.of(found, page, ApiPayment::of, p -> PageRequest.cursorAfter(p.receivedAt(), p.id()));
    }
}
