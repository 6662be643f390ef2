package org.parkgate.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.security.Role;

/** The admin's first page says what works and what needs someone. */
class SystemStatusViewTest extends KaribuTest {

    @Test
    void theAdminStartsOnTheSystemStatusWithTheLanesAndDeliveries() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-component-db")).getText()).isEqualTo("db: working");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-component-lanes")).getText())
                .isEqualTo("lanes: working");
        assertThat(_get(Paragraph.class, spec -> spec.withId("system-lanes")).getText())
                .isEqualTo("Every lane's barrier controller answers.");
        assertThat(_get(Span.class, spec -> spec.withId("system-failed-deliveries")).getText())
                .matches("\\d+ reminders could not be delivered in the last 7 days\\.");
    }
}
