package org.parkgate.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.parkgate.base.ui.SearchField;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.Translations;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.OwnerContact;
import org.parkgate.registry.OwnerContacts;
import org.parkgate.registry.OwnerImport;
import org.parkgate.registry.OwnerQuery;
import org.parkgate.registry.OwnerQuery.OwnerSort;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Owners and their plates: a lazy, filterable, sortable list; new owners, vehicles added and
 * removed; import from and export to .xlsx or .csv. A name opens the owner's file; other features
 * add columns ({@link OwnerColumn}) and buttons ({@link OwnerRowAction}).
 */
@Route("owners")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 300, title = "menu.owners", icon = "vaadin:home-o")
final class OwnersView extends VerticalLayout implements HasDynamicTitle {

    private final RegistryService registry;
    final SearchField filter;
    final Grid<OwnerRow> grid = new Grid<>();

    private final OwnerImport imports;
    private final OwnerContacts contacts;
    private final Executor executor;

    OwnersView(RegistryService registry, OwnerImport imports, OwnerContacts contacts,
            @Qualifier("applicationTaskExecutor") Executor executor, List<OwnerRowAction> rowActions,
            List<OwnerColumn> otherColumns) {
        this.registry = registry;
        this.contacts = contacts;
        this.imports = imports;
        this.executor = executor;
        addClassName("parkgate-view");
        setSizeFull();

        filter = new SearchField("owners-filter", getTranslation("owners.filter"),
                () -> grid.getDataProvider().refreshAll());
        var create = new Button(getTranslation("owners.new"), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("owners-new");

        grid.setId("owners-grid");
        grid.addComponentColumn(row -> OwnerLinks.toFile(row.id(), row.name())).setHeader(getTranslation("owners.name"))
                .setKey(OwnerSort.NAME.name()).setSortable(true);
        grid.addColumn(row -> orEmpty(row.unit())).setHeader(getTranslation("owners.unit"))
                .setKey(OwnerSort.UNIT.name()).setSortable(true);
        grid.addColumn(row -> orEmpty(row.phone())).setHeader(getTranslation("owners.phone"))
                .setKey(OwnerSort.PHONE.name()).setSortable(true);
        grid.addColumn(OwnerRow::plates).setHeader(getTranslation("owners.plates")).setKey("plates").setFlexGrow(2);
        var columns = new OwnerColumns(grid, otherColumns);
        grid.addComponentColumn(row -> {
            var add = new Button(getTranslation("owners.add-vehicle"), click -> openVehicleDialog(row));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add.setId("add-vehicle-" + row.id());
            var remove = new Button(getTranslation("owners.remove-vehicle"), click -> openRemoveDialog(row));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("remove-vehicle-" + row.id());
            remove.setVisible(!row.plates().isEmpty());
            var contact = new Button(getTranslation("owners.contact"), click -> openContactDialog(row));
            contact.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            contact.setId("owner-contact-" + row.id());
            var actions = new HorizontalLayout(add, remove, contact);
            rowActions.forEach(action -> actions.add(action.create(row)));
            return actions;
        }).setHeader(getTranslation("owners.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> columns.fetched(registry.find(query(query.getOffset(), query.getLimit(),
                query.getSortOrders()))).stream(), query -> registry.count(query(0, 1, List.of())));

        var importFile = new Button(getTranslation("owners.import"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(imports, executor, () -> grid.getDataProvider().refreshAll()).open());
        importFile.setId("owners-import");
        var export = new ExportLinks("owners-export", "owners", List.of(getTranslation("owners.name"),
                getTranslation("owners.phone"), getTranslation("owners.unit"), getTranslation("vehicle.plate"),
                getTranslation("vehicle.kind"), getTranslation("vehicle.colour")), this::exportRows);
        var toolbar = new HorizontalLayout(filter, create, importFile, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(toolbar, grid);
        expand(grid);
    }

    private OwnerQuery query(int offset, int limit, List<QuerySortOrder> sortOrders) {
        OwnerSort sort = OwnerSort.NAME;
        boolean ascending = true;
        if (!sortOrders.isEmpty()) {
            sort = OwnerSort.valueOf(sortOrders.getFirst().getSorted());
            ascending = sortOrders.getFirst().getDirection() == SortDirection.ASCENDING;
        }
        return new OwnerQuery(filter.getValue(), sort, ascending, offset, Math.min(limit, 1000));
    }

    private void openCreateDialog() {
        var name = new TextField(getTranslation("owners.name"));
        name.setId("owner-name");
        var unit = new TextField(getTranslation("owners.unit"));
        unit.setId("owner-unit");
        var phone = new TextField(getTranslation("owners.phone"));
        phone.setId("owner-phone");
        new FormDialog(getTranslation("owners.new"), new FormLayout(name, unit, phone),
                () -> registry.createOwner(new NewOwner(name.getValue(), phone.getValue(), unit.getValue())),
                () -> saved(getTranslation("owners.created", name.getValue()))).open();
    }

    private void openVehicleDialog(OwnerRow owner) {
        var plate = new TextField(getTranslation("vehicle.plate"));
        plate.setId("vehicle-plate");
        var kind = new Select<VehicleKind>();
        kind.setLabel(getTranslation("vehicle.kind"));
        kind.setItems(VehicleKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("vehicle.kind." + value.name()));
        kind.setValue(VehicleKind.CAR);
        kind.setId("vehicle-kind");
        var colour = new TextField(getTranslation("vehicle.colour"));
        colour.setId("vehicle-colour");
        String[] stored = new String[1];
        new FormDialog(getTranslation("owners.add-vehicle.title", owner.name()), new FormLayout(plate, kind, colour),
                () -> stored[0] = registry.addVehicle(owner.id(), plate.getValue(), kind.getValue(), colour.getValue()),
                () -> saved(getTranslation("owners.vehicle-added", stored[0], owner.name()))).open();
    }

    private void openRemoveDialog(OwnerRow owner) {
        var plate = new Select<String>();
        plate.setLabel(getTranslation("vehicle.plate"));
        plate.setItems(List.of(owner.plates().split(", ")));
        plate.setId("remove-vehicle-plate");
        new FormDialog(getTranslation("owners.remove-vehicle.title", owner.name()), new FormLayout(plate),
                () -> registry.removeVehicle(plate.getValue()),
                () -> saved(getTranslation("owners.vehicle-removed", plate.getValue(), owner.name()))).open();
    }

    private void openContactDialog(OwnerRow owner) {
        OwnerContact current = contacts.of(owner.id());
        var phone = new TextField(getTranslation("owners.phone"));
        phone.setId("contact-phone");
        phone.setValue(orEmpty(current.phone()));
        var email = new TextField(getTranslation("owners.email"));
        email.setId("contact-email");
        email.setValue(orEmpty(current.email()));
        var language = new Select<String>();
        language.setLabel(getTranslation("owners.language"));
        language.setItems(Translations.LOCALES.stream().map(Locale::toLanguageTag).toList());
        language.setItemLabelGenerator(tag -> getTranslation("owners.language." + tag));
        language.setValue(current.language());
        language.setId("contact-language");
        new FormDialog(getTranslation("owners.contact.title", owner.name()), new FormLayout(phone, email, language),
                () -> contacts.change(owner.id(), new OwnerContact(phone.getValue(), email.getValue(), language.getValue())),
                () -> saved(getTranslation("owners.contact.saved", owner.name()))).open();
    }

    private List<List<Object>> exportRows() {
        return imports.export().stream().map(line -> Arrays.<Object>asList(line.name(), line.phone(), line.unit(),
                line.plate(), line.kind() == null ? null : getTranslation("vehicle.kind." + line.kind().name()),
                line.colour())).toList();
    }

    private void saved(String message) {
        Notifications.success(message);
        grid.getDataProvider().refreshAll();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owners.title");
    }
}
