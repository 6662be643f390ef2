package org.parkgate.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.billing.LedgerLine;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.security.Role;

/**
 * Every money movement of a period with totals by method, exported for the finance system as
 * CSV or .xlsx.
 */
@Route("ledger")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 204, title = "menu.ledger", icon = "vaadin:book-dollar")
final class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private final PaymentService payments;
    private final Clock clock;
    final DayPicker from = new DayPicker();
    final DayPicker to = new DayPicker();
    final Grid<LedgerLine> grid = new Grid<>();
    final Span totals = new Span();

    LedgerView(PaymentService payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setId("ledger-from");
        from.setLabel(getTranslation("period.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setId("ledger-to");
        to.setLabel(getTranslation("period.to"));
        to.setValue(today);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        var export = new ExportLinks("ledger-export", "ledger", headers(), this::exportRows);
        var toolbar = new HorizontalLayout(from, to, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("ledger-grid");
        grid.addColumn(line -> DateTimes.format(line.at(), clock)).setHeader(getTranslation("ledger.at"))
                .setAutoWidth(true);
        grid.addColumn(line -> getTranslation("ledger.kind." + line.kind())).setHeader(getTranslation("ledger.kind"));
        grid.addColumn(LedgerLine::receiptNo).setHeader(getTranslation("payments.receipt-no")).setAutoWidth(true);
        grid.addColumn(this::payer).setHeader(getTranslation("owners.name"));
        grid.addColumn(line -> Money.yuan(line.amount())).setHeader(getTranslation("payments.amount"));
        grid.addColumn(line -> getTranslation("payment.method." + line.method().name()))
                .setHeader(getTranslation("payments.method"));
        grid.addColumn(LedgerLine::actor).setHeader(getTranslation("ledger.actor"));
        grid.addColumn(line -> line.note() == null ? "" : line.note()).setHeader(getTranslation("ledger.note"))
                .setFlexGrow(2);
        grid.getColumns().forEach(column -> column.setAutoWidth(true)); // no cut-off names or amounts
        totals.setId("ledger-totals");
        add(toolbar, grid, totals);
        expand(grid);
        refresh();
    }

    /** The owner, or for a stay's fee taken at the booth the visitor's plate. */
    private String payer(LedgerLine line) {
        return line.stayFee() ? getTranslation("payments.stay-fee", line.ownerName()) : line.ownerName();
    }

    private List<LedgerLine> lines() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return List.of();
        }
        return payments.ledger(from.getValue(), to.getValue());
    }

    private void refresh() {
        List<LedgerLine> lines = lines();
        grid.setItems(lines);
        Map<PaymentMethod, Long> byMethod = new EnumMap<>(PaymentMethod.class);
        lines.forEach(line -> byMethod.merge(line.method(), line.amount(), Long::sum));
        long sum = lines.stream().mapToLong(LedgerLine::amount).sum();
        totals.setText(getTranslation("ledger.totals", Money.yuan(sum), byMethod.entrySet().stream()
                .map(entry -> getTranslation("payment.method." + entry.getKey().name()) + " " + Money.yuan(entry.getValue()))
                .collect(Collectors.joining(" · "))));
    }

    private List<String> headers() {
        return List.of(getTranslation("ledger.at"), getTranslation("ledger.kind"), getTranslation("payments.receipt-no"),
                getTranslation("ledger.owner-id"), getTranslation("owners.name"), getTranslation("payments.amount"),
                getTranslation("payments.method"), getTranslation("ledger.actor"), getTranslation("ledger.note"));
    }

    private List<List<Object>> exportRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerLine line : lines()) {
            rows.add(java.util.Arrays.asList(DateTimes.format(line.at(), clock), line.kind(), line.receiptNo(),
                    line.stayFee() ? null : line.ownerId(), payer(line), Money.decimal(line.amount()),
                    line.method().name(), line.actor(), line.note()));
        }
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title");
    }
}
