package org.parkgate.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditEvent;
import org.parkgate.security.AuditLog;
import org.parkgate.security.AuditQuery;
import org.parkgate.security.Role;

/**
 * The audit trail, newest first, loaded page by page; filtered by who, what and which days, times
 * in local time, exported as it is filtered. Admins and managers.
 */
@Route("audit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 932, title = "menu.audit", icon = "vaadin:clipboard-text")
final class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** The most entries one export holds (newest first). */
    static final int EXPORT_LIMIT = 100_000;

    final Grid<AuditEvent> grid = new Grid<>();
    final ComboBox<String> actor = new ComboBox<>();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final DayPicker from = new DayPicker();
    final DayPicker to = new DayPicker();
    private final AuditLog audit;
    private final Clock clock;

    AuditView(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setItems(audit.actors());
        actor.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(this::actionName)).toList());
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actor.addValueChangeListener(change -> refresh());
        action.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        grid.setId("audit-grid");
        grid.addColumn(event -> DateTimes.format(event.occurredAt(), clock)).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor"));
        grid.addColumn(event -> actionName(event.action())).setHeader(getTranslation("audit.action"));
        grid.addColumn(event -> Objects.requireNonNullElse(event.subject(), ""))
                .setHeader(getTranslation("audit.subject"));
        grid.addColumn(event -> Objects.requireNonNullElse(event.detail(), ""))
                .setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(event -> Objects.requireNonNullElse(event.client(), ""))
                .setHeader(getTranslation("audit.client")).setAutoWidth(true);
        var export = new ExportLinks("audit-export", "audit", List.of(getTranslation("audit.time"),
                getTranslation("audit.actor"), getTranslation("audit.action"), getTranslation("audit.subject"),
                getTranslation("audit.detail"), getTranslation("audit.client")), this::exportRows);
        var filters = new HorizontalLayout(actor, action, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        refresh();
        add(filters);
        addAndExpand(grid);
    }

    AuditQuery query() {
        return new AuditQuery(actor.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        grid.setItems(page -> audit.find(query, page.getOffset(), page.getLimit()).stream(),
                page -> audit.count(query));
    }

    private List<List<Object>> exportRows() {
        return audit.find(query(), 0, EXPORT_LIMIT).stream()
                .map(event -> List.<Object>of(DateTimes.format(event.occurredAt(), clock), event.actor(),
                        actionName(event.action()), Objects.requireNonNullElse(event.subject(), ""),
                        Objects.requireNonNullElse(event.detail(), ""), Objects.requireNonNullElse(event.client(), "")))
                .toList();
    }

    private String actionName(AuditAction action) {
        return getTranslation("audit.action." + action.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
