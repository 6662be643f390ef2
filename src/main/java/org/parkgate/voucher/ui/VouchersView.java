package org.parkgate.voucher.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.security.Role;
import org.parkgate.voucher.AccountCode;
import org.parkgate.voucher.Voucher;
import org.parkgate.voucher.VoucherAccount;
import org.parkgate.voucher.VoucherAccounts;
import org.parkgate.voucher.VoucherException;
import org.parkgate.voucher.VoucherFormat;
import org.parkgate.voucher.VoucherLine;
import org.parkgate.voucher.VoucherPeriod;
import org.parkgate.voucher.Vouchers;

/**
 * The finance vouchers of a day or a handed-over shift: shown entry by entry, exported for
 * Kingdee or as CSV (a second export of the same period only when confirmed), and the office's
 * accounts for each kind of money. Managers and admins.
 */
@Route("vouchers")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 204.5, title = "menu.vouchers", icon = "vaadin:book")
final class VouchersView extends VerticalLayout implements HasDynamicTitle {

    /** One entry as the grid shows it, with its voucher's number and channel. */
    record Row(int number, Voucher.Channel channel, VoucherLine line) {
    }

    private final Vouchers vouchers;
    private final VoucherAccounts accounts;
    private final Clock clock;
    final DayPicker day = new DayPicker();
    final ComboBox<Vouchers.Shift> shift = new ComboBox<>();
    final Grid<Row> grid = new Grid<>();
    final Span totals = new Span();
    final Span exported = new Span();

    VouchersView(Vouchers vouchers, VoucherAccounts accounts, Clock clock) {
        this.vouchers = vouchers;
        this.accounts = accounts;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        day.setId("vouchers-day");
        day.setLabel(getTranslation("vouchers.day"));
        day.setValue(LocalDate.now(clock).minusDays(1));
        shift.setId("vouchers-shift");
        shift.setLabel(getTranslation("vouchers.shift"));
        shift.setClearButtonVisible(true);
        shift.setItems(vouchers.recentShifts());
        shift.setItemLabelGenerator(s -> getTranslation("vouchers.shift.item", s.cashier(), DateTimes.format(s.from(), clock),
                DateTimes.format(s.to(), clock)));
        day.addValueChangeListener(change -> refresh());
        shift.addValueChangeListener(change -> refresh());
        var toolbar = new HorizontalLayout(day, shift, exportButton(VoucherFormat.KINGDEE), exportButton(VoucherFormat.CSV),
                new Button(getTranslation("vouchers.accounts"), click -> editAccounts()));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.getComponentAt(toolbar.getComponentCount() - 1).setId("vouchers-accounts");

        grid.setId("vouchers-grid");
        grid.addColumn(Row::number).setHeader(getTranslation("vouchers.no")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("vouchers.channel." + r.channel().name())).setHeader(getTranslation("vouchers.channel"));
        grid.addColumn(r -> r.line().summary()).setHeader(getTranslation("vouchers.summary")).setFlexGrow(2);
        grid.addColumn(r -> r.line().code().code()).setHeader(getTranslation("vouchers.code"));
        grid.addColumn(r -> r.line().code().name()).setHeader(getTranslation("vouchers.account-name")).setFlexGrow(2);
        grid.addColumn(r -> r.line().debit() == 0 ? "" : Money.yuan(r.line().debit())).setHeader(getTranslation("vouchers.debit"));
        grid.addColumn(r -> r.line().credit() == 0 ? "" : Money.yuan(r.line().credit())).setHeader(getTranslation("vouchers.credit"));
        grid.addColumn(r -> r.line().auxiliary()).setHeader(getTranslation("vouchers.auxiliary"));
        totals.setId("vouchers-totals");
        exported.setId("vouchers-exported");
        add(new Paragraph(getTranslation("vouchers.help")), toolbar, grid, totals, exported);
        expand(grid);
        refresh();
    }

    private @Nullable VoucherPeriod period() {
        if (shift.getValue() != null) {
            return vouchers.shift(shift.getValue());
        }
        return day.getValue() == null ? null : vouchers.day(day.getValue());
    }

    private void refresh() {
        VoucherPeriod period = period();
        List<Row> rows = new ArrayList<>();
        List<Voucher> made = period == null ? List.of() : vouchers.of(period);
        made.forEach(v -> v.lines().forEach(line -> rows.add(new Row(v.number(), v.channel(), line))));
        grid.setItems(rows);
        totals.setText(getTranslation("vouchers.totals", made.size(),
                Money.yuan(made.stream().mapToLong(Voucher::debits).sum()),
                Money.yuan(made.stream().mapToLong(Voucher::credits).sum())));
        var exports = period == null ? List.<Vouchers.Export>of() : vouchers.exportsOf(period);
        exported.setText(exports.isEmpty() ? getTranslation("vouchers.exported.none")
                : getTranslation("vouchers.exported", String.join("; ", exports.stream()
                        .map(e -> DateTimes.format(e.at(), clock) + " " + e.by() + " " + e.format()).toList())));
    }

    private Button exportButton(VoucherFormat format) {
        var button = new Button(getTranslation("vouchers.export." + format.name()), click -> export(format, false));
        button.setId("vouchers-export-" + format.extension());
        if (format == VoucherFormat.KINGDEE) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void export(VoucherFormat format, boolean again) {
        VoucherPeriod period = period();
        if (period == null) {
            return;
        }
        try {
            byte[] file = vouchers.export(period, format, again);
            refresh();
            offer(period, format, file);
        } catch (VoucherException refused) {
            if (refused.messageKey().equals("vouchers.error.exported")) {
                Confirmation.ask(getTranslation("vouchers.export-again"),
                        getTranslation(refused.messageKey(), refused.arguments()), getTranslation("vouchers.export-again"),
                        () -> export(format, true));
            } else {
                Notifications.refused(this, refused);
            }
        }
    }

    /** The file made and recorded: a link to save it. */
    private void offer(VoucherPeriod period, VoucherFormat format, byte[] file) {
        String name = "vouchers-" + period.key().replace(':', '-') + "." + format.extension();
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new java.io.ByteArrayInputStream(file), name, format.file().contentType(), file.length)),
                getTranslation("vouchers.download", name));
        link.setId("vouchers-download");
        var dialog = new Dialog(link);
        dialog.setId("vouchers-file");
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private void editAccounts() {
        Map<VoucherAccount, AccountCode> current = accounts.mapping();
        Map<VoucherAccount, TextField[]> fields = new EnumMap<>(VoucherAccount.class);
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        for (VoucherAccount account : VoucherAccount.values()) {
            var code = new TextField(getTranslation("vouchers.account." + account.name()) + " · " + getTranslation("vouchers.code"));
            code.setId("voucher-code-" + account.name());
            code.setValue(current.get(account).code());
            var name = new TextField(getTranslation("vouchers.account-name"));
            name.setId("voucher-name-" + account.name());
            name.setValue(current.get(account).name());
            fields.put(account, new TextField[] {code, name});
            form.add(code, name);
        }
        new FormDialog(getTranslation("vouchers.accounts"), form, () -> {
            Map<VoucherAccount, AccountCode> changed = new EnumMap<>(VoucherAccount.class);
            fields.forEach((account, pair) -> {
                var typed = new AccountCode(pair[0].getValue().strip(), pair[1].getValue().strip());
                if (!typed.equals(current.get(account))) {
                    changed.put(account, typed);
                }
            });
            accounts.change(changed);
        }, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.vouchers");
    }
}
