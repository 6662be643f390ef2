package org.parkgate.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this database was made for, DEMO or PRODUCTION, fixed at its first start, and the guard
 * that keeps demo-only features (the payment sandbox, the SMS sandbox, the demo profile itself)
 * off a production database: ParkGate refuses to start rather than take free payments.
 *
 * <p>Runs while the application context starts, after the migrations and before anything is
 * written (demo data, first users) or any port is open.
 */
@Component
public class Installation {

    public enum Kind { DEMO, PRODUCTION }

    /** The switches that only a demo database may have on. */
    static final List<String> DEMO_ONLY = List.of("parkgate.demo", "parkgate.payments.sandbox.enabled",
            "parkgate.reminders.sms.sandbox");
    private static final Logger log = LoggerFactory.getLogger(Installation.class);

    private final Kind kind;

    Installation(JdbcClient jdbc, Environment environment, Clock clock) {
        List<String> demoSwitches = new ArrayList<>();
        for (String name : DEMO_ONLY) {
            if (environment.getProperty(name, Boolean.class, false)) {
                demoSwitches.add(name);
            }
        }
        Kind recorded = jdbc.sql("SELECT kind FROM installation WHERE id = 1").query(String.class).optional()
                .map(Kind::valueOf).orElse(null);
        if (recorded == null) {
            // a new database (one from before V17 got its row from the migration)
            recorded = demoSwitches.isEmpty() ? Kind.PRODUCTION : Kind.DEMO;
            jdbc.sql("INSERT INTO installation (id, kind, created_at) VALUES (1, ?, ?)")
                    .params(recorded.name(), Timestamp.from(clock.instant())).update();
            log.info("This database is a {} installation", recorded);
        }
        if (recorded == Kind.PRODUCTION && !demoSwitches.isEmpty()) {
            throw new IllegalStateException("This is a production database (made without the demo profile); "
                    + "demo-only features cannot run on it: " + String.join(", ", demoSwitches)
                    + ". Start without the demo profile and these settings, or use another parkgate.data-dir for a demo.");
        }
        this.kind = recorded;
    }

    public Kind kind() {
        return kind;
    }
}
