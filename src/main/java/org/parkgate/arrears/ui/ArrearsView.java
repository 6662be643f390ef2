package org.parkgate.arrears.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parkgate.access.ArrearsStage;
import org.parkgate.arrears.ArrearsQuery;
import org.parkgate.arrears.ArrearsRow;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.arrears.Standing;
import org.parkgate.base.Money;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.base.ui.GridWidths;
import org.parkgate.base.ui.SearchField;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * Who owes what since when: largest debts first (or oldest), with the stage, late fees and aging;
 * a click opens the owner's stage history and collection notes. Exports what the filter shows.
 */
@Route("arrears")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 400, title = "menu.arrears", icon = "vaadin:exclamation-circle-o")
final class ArrearsView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL_STAGES = "ALL";
    private final ArrearsService arrears;
    final SearchField filter;
    final Select<String> stage = new Select<>();
    final Grid<ArrearsRow> grid = new Grid<>();

    ArrearsView(ArrearsService arrears, Clock clock) {
        this.arrears = arrears;
        addClassName("parkgate-view");
        setSizeFull();
        filter = new SearchField("arrears-filter", getTranslation("owners.filter"),
                () -> grid.getDataProvider().refreshAll());
        stage.setId("arrears-stage");
        List<String> stages = new ArrayList<>(List.of(ALL_STAGES));
        Arrays.stream(ArrearsStage.values()).map(Enum::name).forEach(stages::add);
        stage.setItems(stages);
        stage.setItemLabelGenerator(value -> value.equals(ALL_STAGES) ? getTranslation("arrears.all-stages")
                : getTranslation("arrears.stage." + value));
        stage.setValue(ALL_STAGES);
        stage.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var export = new ExportLinks("arrears-export", "arrears", headers(), this::exportRows);
        var toolbar = new HorizontalLayout(filter, stage, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("arrears-grid");
        grid.addComponentColumn(row -> OwnerLinks.toFile(row.ownerId(), row.name()))
                .setHeader(getTranslation("owners.name")).setKey("name");
        grid.addColumn(row -> row.unit() == null ? "" : row.unit()).setHeader(getTranslation("owners.unit"));
        grid.addColumn(row -> row.phone() == null ? "" : row.phone()).setHeader(getTranslation("owners.phone"));
        grid.addColumn(ArrearsRow::plates).setHeader(getTranslation("owners.plates"));
        grid.addColumn(row -> getTranslation("arrears.stage." + row.standing().stage().name()))
                .setHeader(getTranslation("arrears.stage"));
        grid.addColumn(row -> Money.yuan(row.standing().amountDue())).setHeader(getTranslation("arrears.amount"))
                .setKey(ArrearsQuery.Sort.AMOUNT.name()).setSortable(true);
        grid.addColumn(row -> row.standing().daysOverdue()).setHeader(getTranslation("arrears.days"))
                .setKey(ArrearsQuery.Sort.DAYS.name()).setSortable(true);
        grid.addColumn(row -> Money.yuan(row.standing().lateFees())).setHeader(getTranslation("arrears.late-fees"));
        bucket("arrears.aged.0-30", Standing::aged0To30);
        bucket("arrears.aged.31-60", Standing::aged31To60);
        bucket("arrears.aged.61-90", Standing::aged61To90);
        bucket("arrears.aged.90-plus", Standing::aged90Plus);
        GridWidths.shareTheWidth(grid);
        grid.addItemClickListener(click -> new ArrearsDetailDialog(arrears, click.getItem(), clock).open());
        grid.setItems(query -> arrears.find(query(query.getOffset(), query.getLimit(), query.getSortOrders())).stream(),
                query -> arrears.count(query(0, 1, List.of())));
        add(toolbar, grid);
        expand(grid);
    }

    private void bucket(String headerKey, Function<Standing, Long> amount) {
        grid.addColumn(row -> Money.yuan(amount.apply(row.standing()))).setHeader(getTranslation(headerKey));
    }

    private ArrearsQuery query(int offset, int limit, List<QuerySortOrder> sortOrders) {
        ArrearsQuery.Sort sort = ArrearsQuery.Sort.AMOUNT;
        boolean ascending = false; // largest debts first
        if (!sortOrders.isEmpty()) {
            sort = ArrearsQuery.Sort.valueOf(sortOrders.getFirst().getSorted());
            ascending = sortOrders.getFirst().getDirection() == SortDirection.ASCENDING;
        }
        ArrearsStage only = Optional.ofNullable(stage.getValue()).filter(value -> !value.equals(ALL_STAGES))
                .map(ArrearsStage::valueOf).orElse(null);
        return new ArrearsQuery(filter.getValue(), only, sort, ascending, offset, Math.min(limit, 100_000));
    }

    private List<String> headers() {
        return List.of(getTranslation("owners.name"), getTranslation("owners.unit"), getTranslation("owners.phone"),
                getTranslation("owners.plates"), getTranslation("arrears.stage"), getTranslation("arrears.since"),
                getTranslation("arrears.amount"), getTranslation("arrears.days"), getTranslation("arrears.late-fees"),
                getTranslation("arrears.unpaid-periods"), getTranslation("arrears.aged.0-30"),
                getTranslation("arrears.aged.31-60"), getTranslation("arrears.aged.61-90"),
                getTranslation("arrears.aged.90-plus"));
    }

    private List<List<Object>> exportRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (ArrearsRow row : arrears.find(query(0, 100_000, List.of()))) {
            Standing s = row.standing();
            rows.add(Arrays.asList(row.name(), row.unit(), row.phone(), row.plates(), s.stage().name(), row.stageSince(),
                    Money.decimal(s.amountDue()), s.daysOverdue(), Money.decimal(s.lateFees()), s.unpaidPeriods(),
                    Money.decimal(s.aged0To30()), Money.decimal(s.aged31To60()), Money.decimal(s.aged61To90()),
                    Money.decimal(s.aged90Plus())));
        }
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("arrears.title");
    }
}
