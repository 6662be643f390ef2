package org.parkgate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditEvent;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager finds who did what on which day in the audit trail, in words and local time. */
class AuditViewTest extends KaribuTest {

    static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    RegistryService registry;

    @Test
    void theTrailIsFilteredByWhoWhatAndDay() {
        login("cashier", Role.CASHIER);
        String name = "审计筛选" + RUN.incrementAndGet();
        long owner = registry.createOwner(new NewOwner(name, "", null));
        LocalDate today = LocalDate.now(clock);

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("audit");
        @SuppressWarnings("unchecked")
        ComboBox<String> actor = _get(ComboBox.class, spec -> spec.withId("audit-actor"));
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withId("audit-action"));
        assertThat(action.getItemLabelGenerator().apply(AuditAction.OWNER_CREATED)).isEqualTo("Owner created");
        _setValue(actor, "cashier");
        _setValue(action, AuditAction.OWNER_CREATED);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), today);

        List<AuditEvent> shown = GridKt._findAll(grid());
        assertThat(shown).isNotEmpty().allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo("cashier");
            assertThat(event.action()).isEqualTo(AuditAction.OWNER_CREATED);
        });
        assertThat(shown).extracting(AuditEvent::subject).contains("owner " + owner);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("cashier", "Owner created");

        LocalDate longBefore = today.minusYears(5); // before any test's clock
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), longBefore);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), longBefore);
        assertThat(GridKt._findAll(grid())).as("nothing on a day long before").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEvent> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }
}
