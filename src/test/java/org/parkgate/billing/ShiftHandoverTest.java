package org.parkgate.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cashier's shift: what they took since their last handover by method, signed off, printable;
 * the next shift starts empty. Another cashier's money is not in it.
 */
class ShiftHandoverTest extends KaribuTest {

    /** Staff of the void tests, one cashier each: their tills hold only what that test puts in. */
    static final String MANAGER = "manager-voids";

    @Autowired
    ShiftHandovers handovers;
    @Autowired
    PaymentService payments;
    @Autowired
    PassService passes;
    @Autowired
    RegistryService registry;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theTillIsSignedOffAndTheNextShiftStartsEmpty() {
        clock.set(Instant.parse("2029-05-01T01:00:00Z"));
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("交班月卡", PassPeriod.MONTH, 10000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("交班", "13500000000", null));
        registry.addVehicle(owner, "琼C12345", VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of("琼C12345"), LocalDate.of(2029, 5, 1));
        passes.sell(owner, plan, List.of("琼C12345"), LocalDate.of(2029, 6, 1));

        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("");
        signOffWhateverIsOpen();
        clock.advance(Duration.ofMinutes(1));
        payments.recordAtCounter(owner, 4000, PaymentMethod.CASH, null);
        payments.recordAtCounter(owner, 6000, PaymentMethod.CARD, null);
        payments.recordAtCounter(owner, 2500, PaymentMethod.CASH, null);
        Handover open = handovers.current();
        assertThat(open.byMethod()).containsEntry(PaymentMethod.CASH, 6500L).containsEntry(PaymentMethod.CARD, 6000L)
                .containsEntry(PaymentMethod.TRANSFER, 0L);
        assertThat(open.total()).isEqualTo(12500);
        assertThat(open.entries()).isEqualTo(3);

        UI.getCurrent().navigate("handover");
        _setValue(_get(TextField.class, spec -> spec.withId("handover-note")), "现金已交财务");
        _click(_get(Button.class, spec -> spec.withId("handover-sign-off")));
        assertThat(_get(H2.class).getText()).startsWith("Shift handover no. ");
        Handover signed = handovers.latest(1).getFirst();
        assertThat(signed.total()).isEqualTo(12500);
        assertThat(signed.note()).isEqualTo("现金已交财务");

        clock.advance(Duration.ofMinutes(1));
        assertThat(handovers.current().entries()).as("a new shift").isZero();
        assertThatThrownBy(() -> handovers.signOff(null)).isInstanceOf(BillingException.class)
                .hasMessage("error.handover.nothing-since");

        login("admin", Role.ADMIN);
        assertThat(handovers.current().entries()).as("the cashier's money is not the admin's").isZero();
        assertThat(handovers.find(signed.id()).cashier()).as("managers and admins see every slip").isEqualTo("cashier");
    }

    @Test
    void aManagersVoidOfTheCashiersCashIsOnTheCashiersSlipNotTheManagers() {
        clock.set(Instant.parse("2029-08-01T01:00:00Z"));
        long owner = ownerOwing("琼C22222", LocalDate.of(2029, 8, 1));
        login("cashier-void-1", Role.CASHIER);
        UI.getCurrent().navigate("");
        long cash = payments.recordAtCounter(owner, 4000, PaymentMethod.CASH, null);
        payments.recordAtCounter(owner, 1500, PaymentMethod.CARD, null);

        login(MANAGER, Role.MANAGER);
        UI.getCurrent().navigate("");
        long managersCash = handovers.current().byMethod().get(PaymentMethod.CASH);
        clock.advance(Duration.ofMinutes(1));
        payments.reverse(cash, Reversal.VOID, "录错 Entered by mistake");
        assertThat(handovers.current().byMethod()).as("the money never was in the manager's drawer")
                .containsEntry(PaymentMethod.CASH, managersCash);

        login("cashier-void-1", Role.CASHIER);
        UI.getCurrent().navigate("");
        Handover open = handovers.current();
        assertThat(open.byMethod()).as("the cashier's drawer holds no cash")
                .containsEntry(PaymentMethod.CASH, 0L).containsEntry(PaymentMethod.CARD, 1500L);
        assertThat(open.entries()).as("two payments and the void").isEqualTo(3);
        assertThat(open.voids()).singleElement().satisfies(voided -> {
            assertThat(voided.amount()).isEqualTo(-4000);
            assertThat(voided.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(voided.voidedBy()).isEqualTo(MANAGER);
        });

        UI.getCurrent().navigate("handover");
        _click(_get(Button.class, spec -> spec.withId("handover-sign-off")));
        assertThat(GridKt._getFormattedRow(grid("handover-slip-lines"), 0)).startsWith("Cash", "0.00");
        assertThat(GridKt._getFormattedRow(grid("handover-slip-lines"), 4)).startsWith("Total", "15.00");
        assertThat(GridKt._getFormattedRow(grid("handover-slip-voids"), 0)).as("the void, on the slip")
                .startsWith(open.voids().getFirst().receiptNo(), "Cash", "-40.00", MANAGER);
        assertThat(_find(Paragraph.class, spec -> spec.withId("handover-slip-after-sign-off")))
                .as("nothing voided after the sign-off").isEmpty();
    }

    @Test
    void aVoidAfterTheSignOffIsShownOnTheSlipThatTookTheMoney() {
        clock.set(Instant.parse("2029-09-01T01:00:00Z"));
        long owner = ownerOwing("琼C33333", LocalDate.of(2029, 9, 1));
        login("cashier-void-2", Role.CASHIER);
        UI.getCurrent().navigate("");
        payments.recordAtCounter(owner, 4000, PaymentMethod.CASH, null);
        long mistaken = payments.recordAtCounter(owner, 2500, PaymentMethod.CASH, null);
        long slip = handovers.signOff(null);

        clock.advance(Duration.ofMinutes(10));
        login(MANAGER, Role.MANAGER);
        payments.reverse(mistaken, Reversal.VOID, "录错 Entered by mistake");

        login("cashier-void-2", Role.CASHIER);
        UI.getCurrent().navigate("");
        assertThat(handovers.current().entries()).as("not in the cashier's next shift").isZero();
        Handover signed = handovers.find(slip);
        assertThat(signed.byMethod()).as("as signed").containsEntry(PaymentMethod.CASH, 6500L);
        assertThat(signed.voidsAfterSignOff()).singleElement()
                .satisfies(voided -> assertThat(voided.amount()).isEqualTo(-2500));
        assertThat(signed.drawer(PaymentMethod.CASH)).isEqualTo(4000);
        assertThat(signed.drawerTotal()).isEqualTo(4000);

        UI.getCurrent().navigate("handover-slip/" + slip);
        assertThat(_get(Paragraph.class, spec -> spec.withId("handover-slip-after-sign-off")).getText())
                .isEqualTo("1 payment(s) of this shift voided after it was signed off: signed 65.00 yuan, the drawer"
                        + " should hold 40.00 yuan.");
        assertThat(GridKt._getFormattedRow(grid("handover-slip-lines"), 0)).containsExactly("Cash", "65.00", "40.00");
        assertThat(GridKt._getFormattedRow(grid("handover-slip-voids"), 0)).contains("-25.00", MANAGER);
    }

    /** An owner of their own with a monthly pass of 100.00 from {@code startsOn}, unpaid. */
    private long ownerOwing(String plate, LocalDate startsOn) {
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("作废月卡" + plate, PassPeriod.MONTH, 10000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("作废" + plate, "13500000001", null));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), startsOn);
        return owner;
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private void signOffWhateverIsOpen() {
        if (handovers.current().entries() > 0 || handovers.latest(1).isEmpty()) {
            handovers.signOff("earlier tests");
        }
    }
}
