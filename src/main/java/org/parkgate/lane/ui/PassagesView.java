package org.parkgate.lane.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.SearchField;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageQuery;
import org.parkgate.lane.PassageSearch;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Site;
import org.parkgate.lane.SiteLane;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.security.Role;

/**
 * Every passage on record, newest first: search by plate (its start is enough), lane, time span
 * and decision. The list loads page by page as it is scrolled. For the office, a registered plate's
 * owner links to their file.
 */
@Route("passages")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
@Menu(order = 101, title = "menu.passages", icon = "vaadin:car")
final class PassagesView extends VerticalLayout implements HasDynamicTitle {

    private final PassageSearch search;
    private final Clock clock;
    final SearchField plate;
    final Select<String> lane = new Select<>();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker until = new DateTimePicker();
    final Select<PassageQuery.Decision> decision = new Select<>();
    final Grid<Passage> grid = new Grid<>();

    PassagesView(PassageSearch search, Site site, Clock clock, VehicleDirectory vehicles, RegistryService registry,
            AuthenticationContext authentication, PassageSnapshots snapshots) {
        this.search = search;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        plate = new SearchField("passages-plate", getTranslation("passages.plate"), this::refresh);
        lane.setId("passages-lane");
        lane.setLabel(getTranslation("lanes.lane"));
        lane.setItems(site.lanes().stream().map(SiteLane::id).toList());
        lane.setItemLabelGenerator(id -> id == null ? "" : site.laneName(id));
        lane.setEmptySelectionAllowed(true);
        lane.setEmptySelectionCaption(getTranslation("delivery.all"));
        lane.addValueChangeListener(change -> refresh());
        from.setId("passages-from");
        from.setLabel(getTranslation("passages.from"));
        from.addValueChangeListener(change -> refresh());
        until.setId("passages-until");
        until.setLabel(getTranslation("passages.until"));
        until.addValueChangeListener(change -> refresh());
        decision.setId("passages-decision");
        decision.setLabel(getTranslation("lanes.decision"));
        decision.setItems(PassageQuery.Decision.values());
        decision.setEmptySelectionAllowed(true);
        decision.setEmptySelectionCaption(getTranslation("delivery.all"));
        decision.setItemLabelGenerator(d -> d == null ? getTranslation("delivery.all")
                : getTranslation("passages.decision." + d.name()));
        decision.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(plate, lane, from, until, decision);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.setId("passages-grid");
        PassageColumns.addTo(grid, clock, site, snapshots);
        var owners = new PlateOwners(vehicles, registry, authentication);
        owners.addColumnTo(grid);
        grid.setItems(query -> owners.fetched(search.find(query(query.getOffset(), query.getLimit()))).stream());
        add(filters, grid);
        expand(grid);
    }

    PassageQuery query(int offset, int limit) {
        return new PassageQuery(plate.getValue(), lane.getValue(), instant(from.getValue()), instant(until.getValue()),
                decision.getValue(), offset, limit);
    }

    private @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passages.title");
    }
}
