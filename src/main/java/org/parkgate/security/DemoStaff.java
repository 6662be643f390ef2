package org.parkgate.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile: one user per role, each with the password {@value #PASSWORD}. */
@Component
@Profile("demo")
@Order(0)
class DemoStaff implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private final StaffUserService users;

    DemoStaff(StaffUserService users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        users.createDirectly("admin", "演示管理员 Demo Admin", PASSWORD, Set.of(Role.ADMIN), false);
        users.createDirectly("manager", "演示经理 Demo Manager", PASSWORD, Set.of(Role.MANAGER), false);
        users.createDirectly("cashier", "演示收费员 Demo Cashier", PASSWORD, Set.of(Role.CASHIER), false);
        users.createDirectly("guard", "演示保安 Demo Guard", PASSWORD, Set.of(Role.GUARD), false);
        log.info("Demo profile: created users admin, manager, cashier and guard (password '{}')", PASSWORD);
    }
}
