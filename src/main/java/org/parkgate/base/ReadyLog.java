package org.parkgate.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, after start-up work (first users, demo data) is done, where to open ParkGate.
 * Scripts and tests wait for this line rather than for Spring's "Started".
 */
@Component
class ReadyLog {

    static final String READY = "ParkGate is ready";
    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE) // after everything else that runs when ready (e.g. loading the gate index)
    void ready(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        log.info("{} on http://localhost:{}/ (data in {})", READY,
                environment.getProperty("local.server.port", "8080"), environment.getProperty("parkgate.data-dir"));
    }
}
