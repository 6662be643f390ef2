package org.parkgate.platelist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.SearchField;
import org.parkgate.platelist.PlateListEntry;
import org.parkgate.platelist.PlateListFilter;
import org.parkgate.platelist.PlateListKind;
import org.parkgate.platelist.PlateLists;
import org.parkgate.security.Role;

/**
 * The blacklist and the always-allow list (黑名单、白名单): every entry with its reason, days and
 * who added it, by list and plate, ended ones on request. Managers and admins add, change and end
 * entries; guards read them, to tell a driver at the booth why the gate refused or opened.
 */
@Route("plate-lists")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.GUARD})
@Menu(order = 922, title = "menu.plate-lists", icon = "vaadin:ban")
final class PlateListsView extends VerticalLayout implements HasDynamicTitle {

    private final PlateLists lists;
    private final Clock clock;
    private final boolean edits;
    final Select<PlateListKind> kind = new Select<>();
    final SearchField plate;
    final Checkbox withEnded = new Checkbox();
    final Grid<PlateListEntry> grid = new Grid<>();

    PlateListsView(PlateLists lists, Clock clock, AuthenticationContext authentication) {
        this.lists = lists;
        this.clock = clock;
        this.edits = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.MANAGER);
        addClassName("parkgate-view");
        setSizeFull();

        kind.setId("plate-lists-kind-filter");
        kind.setLabel(getTranslation("plate-lists.list"));
        kind.setItems(PlateListKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("plate-lists.kind.all"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("plate-lists.kind.all")
                : getTranslation("plate-lists.kind." + value.name()));
        kind.addValueChangeListener(change -> refresh());
        plate = new SearchField("plate-lists-search", getTranslation("plate-lists.search"), this::refresh);
        withEnded.setId("plate-lists-with-ended");
        withEnded.setLabel(getTranslation("plate-lists.with-ended"));
        withEnded.addValueChangeListener(change -> refresh());
        var toolbar = new HorizontalLayout(kind, plate, withEnded);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (edits) {
            var add = new Button(getTranslation("plate-lists.add"), click -> PlateListingForm.add(lists, clock,
                    this::refresh));
            add.setId("plate-lists-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }

        grid.setId("plate-lists-grid");
        grid.addColumn(PlateListEntry::plate).setHeader(getTranslation("vehicle.plate"));
        grid.addColumn(entry -> getTranslation("plate-lists.kind." + entry.kind().name()))
                .setHeader(getTranslation("plate-lists.list"));
        grid.addColumn(PlateListEntry::reason).setHeader(getTranslation("plate-lists.reason")).setFlexGrow(3);
        grid.addColumn(entry -> entry.validFrom().toString()).setHeader(getTranslation("plate-lists.from"));
        grid.addColumn(entry -> entry.validUntil() == null ? getTranslation("plate-lists.open-ended")
                : entry.validUntil().toString()).setHeader(getTranslation("plate-lists.until"));
        grid.addColumn(this::standing).setHeader(getTranslation("plate-lists.standing"));
        grid.addColumn(entry -> getTranslation("plate-lists.added-by.value", entry.createdBy(),
                DateTimes.format(entry.createdAt(), clock))).setHeader(getTranslation("plate-lists.added-by"));
        if (edits) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setKey("actions");
        }
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        add(new Paragraph(getTranslation("plate-lists.help")), toolbar, grid);
        expand(grid);
        refresh();
    }

    private String standing(PlateListEntry entry) {
        if (entry.endedAt() != null) {
            return getTranslation("plate-lists.ended-by", DateTimes.format(entry.endedAt(), clock), entry.endedBy());
        }
        return getTranslation("plate-lists.standing." + entry.standing(LocalDate.now(clock)).name());
    }

    private HorizontalLayout actions(PlateListEntry entry) {
        var buttons = new HorizontalLayout();
        if (!entry.open(LocalDate.now(clock))) {
            return buttons;
        }
        var edit = new Button(getTranslation("plate-lists.edit"),
                click -> PlateListingForm.change(lists, clock, entry, this::refresh));
        edit.setId("plate-list-edit-" + entry.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        String list = getTranslation("plate-lists.kind." + entry.kind().name());
        var end = new Button(getTranslation("plate-lists.end"), click -> Confirmation.ask(
                Labels.of(this, "plate-lists.end", entry.plate()),
                getTranslation("plate-lists.end.confirm", entry.plate(), list),
                getTranslation("plate-lists.end"), () -> {
                    if (Notifications.attempt(this, () -> lists.end(entry.id()))) {
                        Notifications.success(getTranslation("plate-lists.ended", entry.plate(), list));
                        refresh();
                    }
                }));
        end.setId("plate-list-end-" + entry.id());
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        buttons.add(edit, end);
        return buttons;
    }

    private void refresh() {
        grid.setItems(lists.list(new PlateListFilter(kind.getValue(), plate.getValue(), withEnded.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.plate-lists");
    }
}
