package org.parkgate.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.security.AuditEvent;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;

/** The audit trail, newest first, loaded page by page. Admins and managers. */
@Route("audit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 932, title = "menu.audit", icon = "vaadin:clipboard-text")
final class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEvent> grid = new Grid<>();

    AuditView(AuditLog audit, Clock clock) {
        addClassName("parkgate-view");
        setSizeFull();
        grid.setId("audit-grid");
        grid.addColumn(event -> DateTimes.format(event.occurredAt(), clock)).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(event -> getTranslation("audit.action." + event.action().name()))
                .setHeader(getTranslation("audit.action"));
        grid.addColumn(event -> Objects.requireNonNullElse(event.subject(), ""))
                .setHeader(getTranslation("audit.subject"));
        grid.addColumn(event -> Objects.requireNonNullElse(event.detail(), ""))
                .setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(event -> Objects.requireNonNullElse(event.client(), ""))
                .setHeader(getTranslation("audit.client")).setAutoWidth(true);
        grid.setItems(query -> audit.page(query.getPage(), query.getPageSize()).stream(), query -> (int) Math.min(
                Integer.MAX_VALUE, audit.count()));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
