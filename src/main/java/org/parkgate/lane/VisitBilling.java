package org.parkgate.lane;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import org.parkgate.billing.VisitCharges;
import org.parkgate.lot.LotRulesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a visitor whose visit is billed to its owner leaves, the time of the stay within the
 * registered window, at the lot's visitor tariff, goes on the owner's account (the visitor paid
 * nothing for it at the exit; the time after the window, if any, they paid there). After the exit
 * is committed, on a worker thread: the lane never waits for it.
 */
@Component
class VisitBilling {

    private static final Logger log = LoggerFactory.getLogger(VisitBilling.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Visitors visitors;
    private final LotRulesService lots;
    private final VisitCharges charges;
    private final Executor executor;
    private final Clock clock;

    VisitBilling(Visitors visitors, LotRulesService lots, VisitCharges charges,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.visitors = visitors;
        this.lots = lots;
        this.charges = charges;
        this.executor = executor;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StayEnded stay) {
        executor.execute(() -> bill(stay));
    }

    void bill(StayEnded stay) {
        try {
            visitors.billedVisitAt(stay.plate(), stay.lot(), stay.enteredAt()).ifPresent(visit -> {
                Instant until = stay.exitedAt().isBefore(visit.endsAt()) ? stay.exitedAt() : visit.endsAt();
                long fee = lots.tariff(stay.lot()).fee(stay.enteredAt().toEpochMilli(), until.toEpochMilli(), true, 0);
                String description = stay.plate() + " " + stay.enteredAt().atZone(clock.getZone()).format(WHEN) + "-"
                        + until.atZone(clock.getZone()).format(WHEN);
                charges.charge(visit.ownerId(), stay.lot(), LocalDate.ofInstant(stay.exitedAt(), clock.getZone()),
                        description, fee, "visit:" + visit.id() + ":" + stay.enteredAt().toEpochMilli());
            });
        } catch (RuntimeException e) {
            log.error("The visit of {} that left lot {} at {} could not be billed to its owner", stay.plate(), stay.lot(),
                    stay.exitedAt(), e);
        }
    }
}
