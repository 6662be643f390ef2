package org.parkgate.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
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

    private void signOffWhateverIsOpen() {
        if (handovers.current().entries() > 0 || handovers.latest(1).isEmpty()) {
            handovers.signOff("earlier tests");
        }
    }
}
