package org.parkgate.lane;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.access.Listing;
import org.parkgate.access.PlateState;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The gate's index follows the database: at start-up, on every change, and on an admin's rebuild. */
class AccessIndexTest extends KaribuTest {

    @Autowired
    AccessIndex accessIndex;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPlatesAreInTheIndexFromStartUp() {
        login("admin", Role.ADMIN);
        PlateState state = accessIndex.index().get("京A10004");
        assertThat(state).isNotNull();
        assertThat(state.account().accountId()).isEqualTo(registry.plateOwner("京A10004"));
    }

    @Test
    void aNewVehicleIsInTheIndexAsSoonAsItIsSaved() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("赵敏", "", "8-0808"));
        assertThat(accessIndex.index().get("苏E88888")).isNull();

        registry.addVehicle(owner, "苏E88888", VehicleKind.CAR, null);

        // synchronous after commit: no waiting, let alone 100 ms
        assertThat(accessIndex.index().get("苏E88888").account().accountId()).isEqualTo(owner);
    }

    @Test
    void theCheckFindsWhatBypassedTheServicesAndARebuildMendsIt() {
        login("admin", Role.ADMIN);
        long owner = registry.createOwner(new NewOwner("钱进", "", "8-0909"));
        // written behind ParkGate's back (e.g. a restore): the index cannot know
        jdbc.sql("INSERT INTO vehicle (owner, plate, kind) VALUES (?, '浙A77777', 'CAR')").param(owner).update();

        UI.getCurrent().navigate("gate-index");
        assertThat(_get(Paragraph.class, spec -> spec.withId("index-summary")).getText()).startsWith("Not in step");
        assertThat(_get(Paragraph.class, spec -> spec.withId("index-details")).getText())
                .contains("Missing from the index (1): 浙A77777");

        _click(_get(Button.class, spec -> spec.withId("index-rebuild")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("index-summary")).getText()).startsWith("In step");
        assertThat(accessIndex.check().consistent()).isTrue();
    }

    @Test
    void theCheckFindsAListingTheIndexLostAndARebuildMendsIt() {
        login("admin", Role.ADMIN);
        assertThat(accessIndex.index().get("京A10007").listings()).as("the demo's blacklisted plate").isNotEmpty();
        accessIndex.index().update("京A10007", state -> state.with(List.<Listing>of())); // as if an event was lost

        UI.getCurrent().navigate("gate-index");
        assertThat(_get(Paragraph.class, spec -> spec.withId("index-details")).getText())
                .contains("Listed differently on the blacklist or always-allow list (1): 京A10007");
        _click(_get(Button.class, spec -> spec.withId("index-rebuild")));
        assertThat(accessIndex.check().consistent()).isTrue();
        assertThat(accessIndex.index().get("京A10007").listings()).isNotEmpty();
    }

    @Test
    void onlyAdminsSeeTheCheck() {
        login("manager", Role.MANAGER);
        assertThatThrownBy(accessIndex::check).isInstanceOf(AuthorizationDeniedException.class);
    }
}
