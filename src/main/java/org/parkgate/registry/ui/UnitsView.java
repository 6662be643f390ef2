package org.parkgate.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.ui.SearchField;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.registry.UnitRow;
import org.parkgate.registry.UnitService;
import org.parkgate.security.Role;

/** The property's units with who is registered in each; managers add units and edit their details. */
@Route("units")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 301, title = "menu.units", icon = "vaadin:building")
final class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    final SearchField filter;
    final Grid<UnitRow> grid = new Grid<>();

    UnitsView(UnitService units, AuthenticationContext authentication) {
        this.units = units;
        addClassName("parkgate-view");
        setSizeFull();
        boolean mayEdit = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.MANAGER);
        filter = new SearchField("units-filter", getTranslation("units.filter"),
                () -> grid.getDataProvider().refreshAll());
        var create = new Button(getTranslation("units.new"), click -> edit(null));
        create.setId("units-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayEdit);
        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("units-grid");
        grid.addColumn(UnitRow::code).setHeader(getTranslation("owners.unit"));
        grid.addColumn(row -> orEmpty(row.building())).setHeader(getTranslation("units.building"));
        grid.addColumn(row -> row.areaM2() == null ? "" : row.areaM2().toPlainString())
                .setHeader(getTranslation("units.area"));
        grid.addColumn(UnitRow::owners).setHeader(getTranslation("units.owners")).setFlexGrow(2);
        grid.addColumn(UnitRow::plates).setHeader(getTranslation("owners.plates")).setFlexGrow(2);
        grid.addColumn(row -> orEmpty(row.note())).setHeader(getTranslation("units.note")).setFlexGrow(2);
        if (mayEdit) {
            grid.addComponentColumn(row -> {
                var edit = new Button(getTranslation("terms.edit"), click -> edit(row));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("unit-edit-" + row.code());
                return edit;
            }).setHeader(getTranslation("owners.actions")).setKey("actions").setAutoWidth(true);
        }
        grid.setItems(query -> units.find(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> units.count(filter.getValue()));
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(UnitRow existing) {
        var code = new TextField(getTranslation("owners.unit"));
        code.setId("unit-code");
        var building = new TextField(getTranslation("units.building"));
        building.setId("unit-building");
        var area = new BigDecimalField(getTranslation("units.area"));
        area.setId("unit-area");
        var note = new TextField(getTranslation("units.note"));
        note.setId("unit-note");
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            building.setValue(orEmpty(existing.building()));
            area.setValue(existing.areaM2());
            note.setValue(orEmpty(existing.note()));
        }
        new FormDialog(getTranslation(existing == null ? "units.new" : "units.edit", code.getValue()),
                new FormLayout(code, building, area, note),
                () -> units.save(code.getValue(), building.getValue(), area.getValue(), note.getValue(), existing != null),
                () -> {
                    Notifications.success(getTranslation("units.saved", code.getValue().strip()));
                    grid.getDataProvider().refreshAll();
                }).open();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
