package org.parkgate.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkgate.KaribuTest;
import org.parkgate.report.ReportKind;
import org.parkgate.security.Role;

/** Every report from the Reports page, made in the background; only managers and admins get there. */
class ReportsViewTest extends KaribuTest {

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void aManagerMakesEveryReportAndGetsBothFiles(ReportKind kind) {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("reports");
        ReportsView view = _get(ReportsView.class);
        _setValue(view.kind, kind);
        _setValue(view.month, YearMonth.now(clock));
        if (kind == ReportKind.OWNER_STATEMENT) {
            _setValue(_get(TextField.class, spec -> spec.withId("report-plate")), "京A10003");
        }
        _click(_get(Button.class, spec -> spec.withId("report-make")));
        assertThat(view.make.isEnabled()).as("one report at a time").isFalse();
        view.running.join();
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(H3.class, spec -> spec.withId("report-title")).getText()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-xlsx")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getHref()).isNotBlank();
        assertThat(view.make.isEnabled()).isTrue();
        assertThat(view.progress.isVisible()).isFalse();
    }

    @Test
    void anUnknownPlateIsExplained() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("reports");
        ReportsView view = _get(ReportsView.class);
        @SuppressWarnings("unchecked")
        Select<ReportKind> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        _setValue(kind, ReportKind.OWNER_STATEMENT);
        _setValue(_get(TextField.class, spec -> spec.withId("report-plate")), "琼Z00000");
        _click(_get(Button.class, spec -> spec.withId("report-make")));
        view.running.join();
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("No owner has the plate \"琼Z00000\".");
        assertThat(_find(Anchor.class, spec -> spec.withId("report-pdf"))).isEmpty();
    }

    @Test
    void cashiersAndGuardsHaveNoReports() {
        for (Role role : new Role[] {Role.CASHIER, Role.GUARD}) {
            login(role.name().toLowerCase(java.util.Locale.ROOT), role);
            UI.getCurrent().navigate("reports");
            assertThat(_find(Button.class, spec -> spec.withId("report-make"))).as(role.name()).isEmpty();
        }
    }
}
