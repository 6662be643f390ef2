package org.parkgate.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.SpaceRow;
import org.parkgate.security.Role;

/** Parking spaces and who they are assigned to; an assigned space admits its owner even when full. */
@Route("spaces")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 302, title = "menu.spaces", icon = "vaadin:car")
final class SpacesView extends VerticalLayout implements HasDynamicTitle {

    private final RegistryService registry;
    private final LotNames lots;
    final Grid<SpaceRow> grid = new Grid<>();

    SpacesView(RegistryService registry, LotNames lots) {
        this.registry = registry;
        this.lots = lots;
        addClassName("parkgate-view");
        setSizeFull();
        var add = new Button(getTranslation("spaces.new"), click -> openNewDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("spaces-new");
        grid.setId("spaces-grid");
        grid.addColumn(space -> lots.lotName(space.lot())).setHeader(getTranslation("spaces.lot"));
        grid.addColumn(SpaceRow::number).setHeader(getTranslation("spaces.number"));
        grid.addColumn(space -> space.ownerId() == null ? getTranslation("spaces.shared")
                : space.ownerName() + (space.ownerUnit() == null ? "" : " (" + space.ownerUnit() + ")"))
                .setHeader(getTranslation("spaces.assigned-to")).setFlexGrow(2);
        grid.addComponentColumn(space -> {
            var assign = new Button(getTranslation("spaces.assign"), click -> openAssignDialog(space));
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            assign.setId("assign-" + space.id());
            return assign;
        }).setHeader(getTranslation("owners.actions")).setKey("actions").setAutoWidth(true);
        add(add, grid);
        expand(grid);
        refresh();
    }

    private void openNewDialog() {
        var lot = new Select<String>();
        lot.setLabel(getTranslation("spaces.lot"));
        lot.setItems(lots.lotIds());
        lot.setItemLabelGenerator(lots::lotName);
        lot.setValue(lots.lotIds().isEmpty() ? null : lots.lotIds().getFirst());
        lot.setId("space-lot");
        var number = new TextField(getTranslation("spaces.number"));
        number.setId("space-number");
        new FormDialog(getTranslation("spaces.new"), new FormLayout(lot, number),
                () -> registry.addSpace(lot.getValue(), number.getValue()),
                () -> saved(getTranslation("spaces.created", number.getValue()))).open();
    }

    private void openAssignDialog(SpaceRow space) {
        var plate = new TextField(getTranslation("vehicle.plate"));
        plate.setHelperText(getTranslation("spaces.assign.help"));
        plate.setId("space-plate");
        new FormDialog(getTranslation("spaces.assign.title", lots.lotName(space.lot()), space.number()), plate,
                () -> registry.assignSpace(space.id(), plate.getValue()),
                () -> saved(getTranslation("spaces.assigned", space.number()))).open();
    }

    private void saved(String message) {
        Notifications.success(message);
        refresh();
    }

    private void refresh() {
        grid.setItems(registry.spaces());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spaces.title");
    }
}
