package org.parkgate.registry;

import java.sql.Timestamp;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: about 200 owners with vehicles, among them the fixed plates 京A10001-京A10006
 * that the README and the tests refer to. Runs once, on an empty registry. Writes directly (not
 * through {@link RegistryService}) because no staff member is signed in at start-up.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOwners implements ApplicationRunner {

    /** The fixed demo plates and who they belong to; their account states come with billing. */
    static final List<String[]> FIXED = List.of(
            new String[] {"京A10001", "张伟 (pass paid)", "1-0101"},
            new String[] {"京A10002", "王静 (pass expires in 3 days)", "1-0102"},
            new String[] {"京A10003", "李娜 (overdue, in grace)", "1-0201"},
            new String[] {"京A10004", "刘洋 (restricted, arrears)", "1-0202"},
            new String[] {"京A10005", "陈杰 (suspended)", "1-0301"},
            new String[] {"京A10006", "杨敏 (exempt)", "1-0302"});
    private static final Logger log = LoggerFactory.getLogger(DemoOwners.class);
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final UnitRecords units;

    DemoOwners(JdbcClient jdbc, TransactionTemplate transaction, java.time.Clock clock, UnitRecords units) {
        this.jdbc = jdbc;
        this.units = units;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM owner").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            for (String[] fixed : FIXED) {
                long owner = addOwner(fixed[1], "1380000" + fixed[0].substring(3), fixed[2]); // 13800000001 .. 6
                addVehicle(owner, fixed[0], "CAR");
                // reminders in the demo: an e-mail address each, and one owner who reads English
                jdbc.sql("UPDATE owner SET email = ?, language = ? WHERE id = ?")
                        .params("a" + fixed[0].substring(2) + "@demo.parkgate.invalid",
                                fixed[0].equals("京A10002") ? "en" : "zh-CN", owner)
                        .update();
            }
            var random = new Random(2026);
            for (int i = 0; i < 194; i++) {
                String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length()));
                String unit = (2 + i / 40) + "-" + String.format("%02d%02d", 1 + i % 40 / 4, 1 + i % 4);
                long owner = addOwner(name, "139" + String.format("%08d", random.nextInt(100_000_000)), unit);
                int cars = random.nextInt(10) == 0 ? 2 : 1;
                for (int c = 0; c < cars; c++) {
                    String plate = "京" + LETTERS.charAt(random.nextInt(LETTERS.length()))
                            + String.format("%05d", 20000 + i * 2 + c);
                    addVehicle(owner, plate, random.nextInt(5) == 0 ? "SUV" : "CAR");
                }
            }
        });
        log.info("Demo profile: created 200 owners with vehicles, including 京A10001-京A10006");
    }

    private long addOwner(String name, String phone, String unit) {
        units.ensure(unit);
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO owner (name, name_order, phone, unit, created_at, version) VALUES (?, ?, ?, ?, ?, 0)")
                .params(name, NameOrder.of(name), phone, unit, Timestamp.from(clock.instant()))
                .update(key, "id");
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    private void addVehicle(long owner, String plate, String kind) {
        jdbc.sql("INSERT INTO vehicle (owner, plate, kind) VALUES (?, ?, ?)").params(owner, plate, kind).update();
    }
}
