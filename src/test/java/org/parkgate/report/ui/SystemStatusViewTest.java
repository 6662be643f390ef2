package org.parkgate.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.parkgate.KaribuTest;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.Site;
import org.parkgate.security.Role;

/** The admin's first page says what works and what needs someone. */
class SystemStatusViewTest extends KaribuTest {

    @Autowired
    CameraWatch cameras;
    @Autowired
    Site site;

    @Test
    void theAdminStartsOnTheSystemStatusWithTheLanesAndDeliveries() {
        site.lanes().forEach(lane -> cameras.heard(lane.id())); // no camera silent (earlier tests had some talk)
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-component-database")).getText()).isEqualTo("database (takes writes): working");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-component-lanes")).getText())
                .isEqualTo("lanes (barriers, cameras, passages stored): working");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-lanes")).getText())
                .isEqualTo("Every lane's barrier controller answers.");
        assertThat(_get(Span.class, spec -> spec.withId("system-failed-deliveries")).getText())
                .matches("\\d+ reminders could not be delivered in the last 7 days\\.");
    }
}
