package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.DayFields;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.LateFeeBasis;
import org.parkgate.billing.LotTerms;
import org.parkgate.billing.LotTermsService;
import org.parkgate.security.Role;

/**
 * Each lot's contract terms: when invoices are issued, grace, restriction and suspension, late
 * fees (rates shown and typed in percent), and whether an unpaid pass opens the barrier.
 */
@Route("terms")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 910, title = "menu.terms", icon = "vaadin:file-text-o")
final class LotTermsView extends VerticalLayout implements HasDynamicTitle {

    private final LotTermsService terms;
    final Grid<LotTerms> grid = new Grid<>();

    private final LotNames lots;

    LotTermsView(LotTermsService terms, LotNames lots) {
        this.lots = lots;
        this.terms = terms;
        addClassName("parkgate-view");
        setSizeFull();
        var add = new Button(getTranslation("terms.new"), click -> edit(LotTerms.defaults(""), true));
        add.setId("terms-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("terms-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> lots.lotName(row.lot())).setHeader(getTranslation("terms.lot"));
        grid.addColumn(LotTerms::invoiceLeadDays).setHeader(getTranslation("terms.lead-days"));
        grid.addColumn(LotTerms::graceDays).setHeader(getTranslation("terms.grace-days"));
        grid.addColumn(LotTerms::restrictAfterDays).setHeader(getTranslation("terms.restrict-after"));
        grid.addColumn(LotTerms::suspendAfterPeriods).setHeader(getTranslation("terms.suspend-after"));
        // the late fee in words wraps rather than widen the grid past a 1400-pixel screen
        grid.addColumn(this::lateFee).setHeader(getTranslation("terms.late-fee")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.unpaidPassOpens() ? "answer.yes" : "answer.no"))
                .setHeader(getTranslation("terms.unpaid-pass-opens"));
        grid.addComponentColumn(row -> {
            var edit = new Button(getTranslation("terms.edit"), click -> edit(row, false));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setId("terms-edit-" + row.lot());
            return edit;
        }).setHeader(getTranslation("owners.actions")).setAutoWidth(true);
        add(add, grid);
        expand(grid);
        refresh();
    }

    private String lateFee(LotTerms t) {
        if (t.lateFeeBasis() == LateFeeBasis.NONE || t.lateFeeRateBp() == 0) {
            return getTranslation("terms.basis.NONE");
        }
        String cap = t.lateFeeCapBp() == 0 ? getTranslation("terms.no-cap")
                : getTranslation("terms.cap", percent(t.lateFeeCapBp()));
        return getTranslation("terms.late-fee.summary", percent(t.lateFeeRateBp()),
                getTranslation("terms.basis." + t.lateFeeBasis().name()), t.lateFeeFromDay(), cap);
    }

    private void edit(LotTerms current, boolean isNew) {
        var lot = new TextField(getTranslation("terms.lot"));
        lot.setId("terms-lot");
        lot.setValue(current.lot());
        lot.setReadOnly(!isNew);
        var lead = DayFields.of("terms.lead-days", current.invoiceLeadDays());
        var grace = DayFields.of("terms.grace-days", current.graceDays());
        var restrict = DayFields.of("terms.restrict-after", current.restrictAfterDays());
        var suspend = DayFields.of("terms.suspend-after", current.suspendAfterPeriods());
        var basis = new Select<LateFeeBasis>();
        basis.setLabel(getTranslation("terms.basis"));
        basis.setItems(LateFeeBasis.values());
        basis.setItemLabelGenerator(value -> getTranslation("terms.basis." + value.name()));
        basis.setValue(current.lateFeeBasis());
        basis.setId("terms-basis");
        var rate = new TextField(getTranslation("terms.rate"));
        rate.setId("terms-rate");
        rate.setValue(percent(current.lateFeeRateBp()));
        rate.setHelperText(getTranslation("terms.rate.help"));
        var from = DayFields.of("terms.from-day", current.lateFeeFromDay());
        var cap = new TextField(getTranslation("terms.cap-percent"));
        cap.setId("terms-cap");
        cap.setValue(percent(current.lateFeeCapBp()));
        cap.setHelperText(getTranslation("terms.cap.help"));
        var unpaidOpens = new Checkbox(getTranslation("terms.unpaid-pass-opens"), current.unpaidPassOpens());
        unpaidOpens.setId("terms-unpaid-opens");
        unpaidOpens.setHelperText(getTranslation("terms.unpaid-pass-opens.help"));
        new FormDialog(getTranslation("terms.edit-title", lots.lotName(current.lot())),
                new FormLayout(lot, lead, grace, restrict, suspend, basis, rate, from, cap, unpaidOpens),
                () -> terms.save(new LotTerms(lot.getValue().strip(), DayFields.value(lead), DayFields.value(grace),
                        DayFields.value(restrict), DayFields.value(suspend), basis.getValue(),
                        basisPoints(rate.getValue()), DayFields.value(from),
                        basisPoints(cap.getValue()), unpaidOpens.getValue())),
                () -> {
                    Notifications.success(getTranslation("terms.saved", lot.getValue()));
                    refresh();
                }).open();
    }

    /** "0.05" (percent) to 5 basis points; anything unreadable or finer than a basis point is refused. */
    private static int basisPoints(String percent) {
        try {
            return new BigDecimal(percent.strip()).movePointRight(2).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new org.parkgate.billing.BillingException("error.terms.late-fee-invalid");
        }
    }

    private static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    private void refresh() {
        grid.setItems(terms.all().values());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terms.title");
    }
}
