package org.parkgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.Rate;
import org.parkgate.lane.AccessIndex;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.UnitService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every change to who the barrier opens for, and to what owners pay, leaves an audit entry with
 * the staff member who made it and where they were: owners, vehicles, plans, passes, spaces, units
 * and the gate index.
 */
class AuditTrailTest extends KaribuTest {

    static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    RegistryService registry;
    @Autowired
    UnitService units;
    @Autowired
    PassService passes;
    @Autowired
    AccessIndex accessIndex;
    @Autowired
    JdbcClient jdbc;

    record Entry(String actor, String action, String subject, String detail, String client) {
    }

    List<Entry> entries(String action) {
        return jdbc.sql("SELECT actor, action, subject, detail, client FROM audit_event WHERE action = ? ORDER BY id")
                .param(action)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    Entry last(String action) {
        List<Entry> found = entries(action);
        assertThat(found).as("audit entries " + action).isNotEmpty();
        return found.getLast();
    }

    @Test
    void theRegistryAndPassChangesAreAuditedWithTheirActor() {
        int run = RUN.incrementAndGet();
        login("manager", Role.MANAGER);
        String unit = "A" + run + "-0101";
        long owner = registry.createOwner(new NewOwner("审计测试" + run, "13800000000", unit));
        assertThat(last("OWNER_CREATED")).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("manager");
            assertThat(entry.subject()).isEqualTo("owner " + owner);
            assertThat(entry.detail()).contains("审计测试" + run, unit);
        });

        String plate = "鲁A" + (51000 + run) % 100000;
        String stored = registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        assertThat(last("VEHICLE_ADDED")).satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(stored);
            assertThat(entry.detail()).contains("owner " + owner);
        });

        long plan = passes.createPlan(new NewPassPlan("审计月卡" + run, PassPeriod.MONTH, 12000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        assertThat(last("PASS_PLAN_CREATED")).satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("审计月卡" + run);
            assertThat(entry.detail()).contains("MONTH", "120.00");
        });

        LocalDate today = LocalDate.now(clock);
        long sold = passes.sell(owner, plan, List.of(stored), today);
        assertThat(last("PASS_SOLD")).satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("owner " + owner);
            assertThat(entry.detail()).contains(today.toString(), stored);
        });
        passes.renew(sold);
        assertThat(last("PASS_RENEWED").detail()).contains(PassPeriod.MONTH.lastDay(today).plusDays(1).toString());

        login("admin", Role.ADMIN, Role.MANAGER);
        long space = registry.addSpace("P1", "B-" + run);
        assertThat(last("SPACE_ADDED").subject()).isEqualTo("P1 B-" + run);
        registry.assignSpace(space, stored);
        assertThat(last("SPACE_ASSIGNED")).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).isEqualTo("free -> owner " + owner + " (" + stored + ")");
        });

        units.save(unit, "7", new BigDecimal("88.50"), null, true);
        assertThat(last("UNIT_CHANGED")).satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(unit);
            assertThat(entry.detail()).contains("building 7", "88.50");
        });
        units.save("N" + run + "-0001", null, null, "new", false);
        assertThat(last("UNIT_CREATED").subject()).isEqualTo("N" + run + "-0001");

        login("manager", Role.MANAGER);
        registry.removeVehicle(stored);
        assertThat(last("VEHICLE_REMOVED")).satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo(stored);
            assertThat(entry.detail()).isEqualTo("owner " + owner);
        });
    }

    @Test
    void anIndexRebuildIsAuditedWithWhatItFound() {
        login("admin", Role.ADMIN);
        int before = entries("GATE_INDEX_REBUILT").size();
        accessIndex.rebuildAndCheck();
        assertThat(entries("GATE_INDEX_REBUILT")).hasSize(before + 1);
        assertThat(last("GATE_INDEX_REBUILT")).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains("plates in the database", "consistent");
        });
    }

    @Test
    void anEntryMadeOverHttpCarriesTheClientAddress() throws Exception {
        var browser = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String name = "nobody-" + RUN.incrementAndGet();
        // what the login page holds: a CSRF token in the session, handed to the form masked
        var session = new MockHttpSession();
        var page = new MockHttpServletRequest();
        page.setSession(session);
        var tokens = new HttpSessionCsrfTokenRepository();
        CsrfToken token = tokens.generateToken(page);
        tokens.saveToken(token, page, new MockHttpServletResponse());
        new XorCsrfTokenRequestAttributeHandler().handle(page, new MockHttpServletResponse(), () -> token);
        String formToken = ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
        browser.perform(post("/login").session(session).param("username", name)
                .param("password", "not-the-password-at-all").param(token.getParameterName(), formToken)
                .with(request -> {
                    request.setRemoteAddr("203.0.113.41");
                    return request;
                }));
        Entry failed = jdbc.sql("SELECT actor, action, subject, detail, client FROM audit_event WHERE subject = ?")
                .param(name)
                .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .single();
        assertThat(failed.actor()).isEqualTo("anonymous");
        assertThat(failed.client()).isEqualTo("203.0.113.41");
    }

    /** A Vaadin push message has no HTTP request: the address the user signed in from is recorded. */
    @Test
    void anEntryWithoutARequestCarriesTheAddressOfTheSignIn() {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated("manager", null,
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER")));
        signedIn.setDetails(new WebAuthenticationDetails("198.51.100.23", "session-1"));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        int run = RUN.incrementAndGet();
        RequestAttributes karibusRequest = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        long owner;
        try {
            owner = registry.createOwner(new NewOwner("推送" + run, "", null));
        } finally {
            RequestContextHolder.setRequestAttributes(karibusRequest);
        }
        Entry created = last("OWNER_CREATED");
        assertThat(created.subject()).isEqualTo("owner " + owner);
        assertThat(created.client()).isEqualTo("198.51.100.23");
    }
}
