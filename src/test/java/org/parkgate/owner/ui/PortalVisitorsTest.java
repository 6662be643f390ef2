package org.parkgate.owner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.Reason;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Visitors;
import org.parkgate.lot.VisitorRules;
import org.parkgate.lot.VisitorRulesService;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An owner registers a visitor's car in the portal: the lane lets it in as that owner's visitor
 * and the guard sees whose; cancelling stops it at once; the lot's limits and bad input are
 * refused in the owner's language, nothing stored.
 */
class PortalVisitorsTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    @Autowired
    LaneController lanes;

    @Autowired
    Visitors visitors;

    @Autowired
    VisitorRulesService rules;

    private long owner(String phone) {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("访客主人", phone, "V-" + phone.substring(7)));
        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal(phone, List.of(owner), null));
        return owner;
    }

    /** The lot's visitor rules as they were: the demo's lot is shared by every test. */
    @AfterEach
    void lotRulesAsBefore() {
        login("manager", Role.MANAGER);
        rules.save(VisitorRules.defaults("P1"));
        context.getBean(org.parkgate.lot.AutoPayOffer.class).offer("P1", true);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aManagerSetsTheLotsPortalRulesAndValuesOutOfRangeAreRefused() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("visitor-rules");
        _setValue(_get(IntegerField.class, spec -> spec.withId("visitor-rules-per-month")), 101);
        _click(_get(Button.class, spec -> spec.withId("visitor-rules-save")));
        assertThat(_get(Span.class, spec -> spec.withId("visitor-rules-error")).getText())
                .isEqualTo("From 0 to 100 visitors a month.");
        assertThat(rules.rules("P1")).as("nothing changed").isEqualTo(VisitorRules.defaults("P1"));

        _setValue(_get(IntegerField.class, spec -> spec.withId("visitor-rules-per-month")), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withId("visitor-rules-max-hours")), 8);
        @SuppressWarnings("unchecked")
        var billing = (com.vaadin.flow.component.select.Select<VisitorRules.Billing>) _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("visitor-rules-billing"));
        _setValue(billing, VisitorRules.Billing.FREE);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("visitor-rules-autopay")),
                false);
        _click(_get(Button.class, spec -> spec.withId("visitor-rules-save")));

        assertThat(rules.rules("P1")).isEqualTo(new VisitorRules("P1", 3, VisitorRules.Billing.FREE, 8));
        assertThat(context.getBean(org.parkgate.lot.AutoPayOffer.class).offered("P1")).isFalse();
    }

    private void registerInThePortal(String plate, int hours) {
        UI.getCurrent().navigate("owner/visitors");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-visitor-plate")), plate);
        _setValue(_get(TimePicker.class, spec -> spec.withId("portal-visitor-from")), LocalTime.now(clock));
        _setValue(_get(IntegerField.class, spec -> spec.withId("portal-visitor-hours")), hours);
        _click(_get(Button.class, spec -> spec.withId("portal-visitor-register")));
    }

    private String refusal() {
        return _get(Paragraph.class, spec -> spec.withId("portal-visitor-error")).getText();
    }

    @Test
    void aRegisteredVisitorIsLetInAsTheOwnersVisitorAndTheGuardSeesWhose() {
        owner("13900210001");
        registerInThePortal("甘D21001", 4);
        assertThat(visitors.own()).extracting(v -> v.plate()).containsExactly("甘D21001");

        var entry = lanes.plateRead("in-1", "甘D21001", 95, null);
        assertThat(entry.reason()).isEqualTo(Reason.OWNER_VISITOR.name());
        assertThat(entry.opens()).isTrue();

        SecurityContextHolder.clearContext();
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("lanes");
        assertThat(_get(Div.class, spec -> spec.withId("lane-last-in-1")).getText())
                .isEqualTo("甘D21001 · Owner's visitor · visitor of unit V-0001");
    }

    @Test
    void cancellingTakesEffectAtTheNextRead() {
        owner("13900210011");
        registerInThePortal("甘D21011", 4);
        long visit = visitors.own().getFirst().id();

        _click(_get(Button.class, spec -> spec.withId("portal-visit-cancel-" + visit)));

        assertThat(_get(Div.class, spec -> spec.withId("portal-visit-" + visit)).getElement().getTextRecursively())
                .contains("Cancelled");
        assertThat(lanes.plateRead("in-1", "甘D21011", 95, null).reason()).as("an ordinary visitor now")
                .isEqualTo(Reason.VISITOR_ENTRY.name());
    }

    @Test
    void aFreeVisitLeavesForNothingWithinItsTime() {
        login("manager", Role.MANAGER);
        rules.save(new VisitorRules("P1", 10, VisitorRules.Billing.FREE, 24));
        SecurityContextHolder.clearContext();
        owner("13900210021");
        registerInThePortal("甘D21021", 4);
        lanes.plateRead("in-1", "甘D21021", 95, null);

        clock.advance(Duration.ofHours(3));
        var exit = lanes.plateRead("out-1", "甘D21021", 95, null);
        assertThat(exit.reason()).isEqualTo(Reason.VISITOR_EXIT.name());
        assertThat(exit.amountDue()).isNull();
    }

    @Test
    void theLotsLimitsAreKeptAndSaidInTheOwnersLanguage() {
        login("manager", Role.MANAGER);
        rules.save(new VisitorRules("P1", 1, VisitorRules.Billing.VISITOR_TARIFF, 6));
        SecurityContextHolder.clearContext();
        owner("13900210031");

        registerInThePortal("甘D21031", 7);
        assertThat(refusal()).isEqualTo("A visit can last at most 6 hours.");
        registerInThePortal("ABC123", 2);
        assertThat(refusal()).isNotBlank();
        UI.getCurrent().navigate("owner/visitors");
        _setValue(_get(TimePicker.class, spec -> spec.withId("portal-visitor-from")), LocalTime.now(clock).minusHours(1));
        _setValue(_get(TextField.class, spec -> spec.withId("portal-visitor-plate")), "甘D21031");
        _click(_get(Button.class, spec -> spec.withId("portal-visitor-register")));
        assertThat(refusal()).isEqualTo("The visit cannot start in the past.");
        assertThat(visitors.own()).as("nothing stored").isEmpty();

        registerInThePortal("甘D21031", 2);
        assertThat(visitors.own()).hasSize(1);
        registerInThePortal("甘D21032", 2);
        assertThat(refusal()).isEqualTo("You have registered 1 visitors this month already, the most this car park allows.");
        assertThat(visitors.own()).hasSize(1);
    }

    @Test
    void aVisitOnTheOwnersAccountIsBilledToThemWhenTheVisitorLeaves() throws InterruptedException {
        login("manager", Role.MANAGER);
        rules.save(new VisitorRules("P1", 10, VisitorRules.Billing.OWNER_ACCOUNT, 24));
        SecurityContextHolder.clearContext();
        long owner = owner("13900210041");
        registerInThePortal("甘D21041", 4);
        long entered = clock.millis();
        assertThat(lanes.plateRead("in-1", "甘D21041", 95, null).reason()).isEqualTo(Reason.OWNER_VISITOR.name());

        clock.advance(Duration.ofHours(3));
        var exit = lanes.plateRead("out-1", "甘D21041", 95, null);
        assertThat(exit.reason()).as("the visitor pays nothing").isEqualTo(Reason.VISITOR_EXIT.name());
        long fee = context.getBean(org.parkgate.lot.LotRulesService.class).tariff("P1").fee(entered, clock.millis(), true, 0);
        assertThat(fee).isPositive();

        var payments = context.getBean(org.parkgate.billing.PaymentService.class);
        long owed = 0;
        for (int i = 0; i < 100 && owed == 0; i++) { // billed after the exit's commit, off the lane's thread
            Thread.sleep(50);
            owed = payments.balanceOf(owner, java.time.LocalDate.now(clock)).total();
        }
        assertThat(owed).as("on the owner's account").isEqualTo(fee);
        UI.getCurrent().navigate("owner");
        assertThat(_get(Span.class, spec -> spec.withId("portal-owed")).getText())
                .isEqualTo("Owed today: " + org.parkgate.base.Money.yuan(fee) + " yuan");
        assertThat(_find(Div.class, spec -> spec.withClasses("parkgate-owner-card")).stream()
                .map(card -> card.getElement().getTextRecursively()))
                .anySatisfy(card -> assertThat(card).contains("Your visitor 甘D21041"));

        SecurityContextHolder.clearContext();
        login("cashier", Role.CASHIER);
        long paid = payments.recordAtCounter(owner, fee, org.parkgate.billing.PaymentMethod.CASH, null);
        assertThat(context.getBean(org.parkgate.billing.Receipts.class).find(paid).lines())
                .as("the receipt names the visit").singleElement()
                .satisfies(line -> assertThat(line.planName()).startsWith("甘D21041 "));
    }
}
