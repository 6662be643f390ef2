package org.parkgate.lane.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.lane.ReleaseReasons;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager keeps the list of free-release reasons: added, refused twice, retired after asking. */
class ReleaseReasonsViewTest extends KaribuTest {

    static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ReleaseReasons reasons;

    @Test
    void aManagerAddsAReasonGuardsCanChooseAndRetiresIt() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("release-reasons");
        String name = "业委会车辆 Owners' committee " + RUN.incrementAndGet();
        _setValue(_get(TextField.class, spec -> spec.withId("release-reason-name")), name);
        _click(_get(Button.class, spec -> spec.withId("release-reason-add")));
        assertThat(reasons.active()).extracting(ReleaseReasons.ReleaseReason::name).contains(name);

        _setValue(_get(TextField.class, spec -> spec.withId("release-reason-name")), name);
        _click(_get(Button.class, spec -> spec.withId("release-reason-add")));
        NotificationsKt.expectNotifications("There is already a reason \"" + name + "\".");

        long id = reasons.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
        @SuppressWarnings("unchecked")
        Grid<ReleaseReasons.ReleaseReason> grid = _get(Grid.class, spec -> spec.withId("release-reasons-grid"));
        int row = GridKt._findAll(grid).stream().map(ReleaseReasons.ReleaseReason::id).toList().indexOf(id);
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId("release-reason-retire-" + id)));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        login("guard", Role.GUARD);
        assertThat(reasons.active()).extracting(ReleaseReasons.ReleaseReason::name).doesNotContain(name);
    }
}
