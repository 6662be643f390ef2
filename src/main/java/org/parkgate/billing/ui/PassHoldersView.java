package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.GridWidths;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.SearchField;
import org.parkgate.billing.BillingException;
import org.parkgate.base.LotNames;
import org.parkgate.billing.LotTermsService;
import org.parkgate.billing.PassHolderQuery;
import org.parkgate.billing.PassHolderRow;
import org.parkgate.billing.PassHolders;
import org.parkgate.billing.PassSale;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PayNow;
import org.parkgate.security.Role;
import org.slf4j.LoggerFactory;

/**
 * Who holds which pass until when, with filters (ends within N days, not renewing, unpaid);
 * renewing one pass (paid at once or left as its invoice), or the selected ones at once (each on
 * its own: a pass refused is listed with the reason, the others are renewed), and the list as a
 * file. Sending reminders from here is not offered: the reminder feature has no "send now" for
 * chosen owners (its schedule sends them).
 */
@Route("pass-holders")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 201.5, title = "menu.pass-holders", icon = "vaadin:user-card") // right after Passes
final class PassHoldersView extends VerticalLayout implements HasDynamicTitle {

    private final PassHolders holders;
    private final PassService passes;
    private final LotTermsService terms;
    private final LotNames lotNames;
    final SearchField filter;
    final IntegerField endsWithin = new IntegerField();
    final Checkbox notRenewing = new Checkbox();
    final Checkbox unpaid = new Checkbox();
    final Grid<PassHolderRow> grid = new Grid<>();

    PassHoldersView(PassHolders holders, PassService passes, LotTermsService terms, LotNames lotNames,
            List<PassHoldersAction> actions) {
        this.holders = holders;
        this.passes = passes;
        this.terms = terms;
        this.lotNames = lotNames;
        addClassName("parkgate-view");
        setSizeFull();
        filter = new SearchField("holders-filter", getTranslation("owners.filter"), this::refresh);
        endsWithin.setId("holders-ends-within");
        endsWithin.setLabel(getTranslation("holders.ends-within"));
        endsWithin.setMin(0);
        endsWithin.setMax(PassHolderQuery.MAX_DAYS);
        endsWithin.setStepButtonsVisible(true);
        endsWithin.setValueChangeMode(ValueChangeMode.LAZY);
        endsWithin.addValueChangeListener(change -> refresh());
        notRenewing.setId("holders-not-renewing");
        notRenewing.setLabel(getTranslation("holders.not-renewing"));
        notRenewing.addValueChangeListener(change -> refresh());
        unpaid.setId("holders-unpaid");
        unpaid.setLabel(getTranslation("holders.unpaid"));
        unpaid.addValueChangeListener(change -> refresh());
        var renewSelected = new Button(getTranslation("holders.renew-selected"), click -> renewSelected());
        renewSelected.setId("holders-renew-selected");
        var export = new ExportLinks("holders-export", "pass-holders", headers(), this::exportRows);
        var toolbar = new HorizontalLayout(filter, endsWithin, notRenewing, unpaid, renewSelected);
        actions.forEach(action -> toolbar.add(action.create(() -> List.copyOf(grid.getSelectedItems()))));
        toolbar.add(export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("holders-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(PassHolderRow::ownerName).setHeader(getTranslation("owners.name"));
        grid.addColumn(row -> row.unit() == null ? "" : row.unit()).setHeader(getTranslation("owners.unit"));
        grid.addColumn(PassHolderRow::plates).setHeader(getTranslation("passes.plates"));
        grid.addColumn(PassHolderRow::plan).setHeader(getTranslation("passes.plan"));
        grid.addColumn(row -> row.startsOn() + " – " + row.endsOn()).setHeader(getTranslation("holders.period"));
        grid.addColumn(row -> yesNo(row.renews())).setHeader(getTranslation("holders.renews"));
        grid.addColumn(row -> yesNo(row.paid())).setHeader(getTranslation("holders.paid"));
        grid.addComponentColumn(row -> {
            var renew = new Button(getTranslation("holders.renew"), click -> openRenewDialog(row));
            renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            renew.setId("holders-renew-" + row.periodId());
            return renew;
        }).setHeader(getTranslation("owners.actions")).setKey("actions");
        GridWidths.shareTheWidth(grid);
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private PassHolderQuery query() {
        return new PassHolderQuery(filter.getValue(), endsWithin.getValue(), notRenewing.getValue(), unpaid.getValue());
    }

    private void refresh() {
        List<PassHolderRow> found = new ArrayList<>();
        if (Notifications.attempt(this, () -> found.addAll(holders.find(query())))) {
            grid.deselectAll();
            grid.setItems(found);
        }
    }

    /** The next period of one pass, paid now at the counter or left as its invoice. */
    private void openRenewDialog(PassHolderRow row) {
        var payment = new PaymentChoice(terms, lotNames);
        payment.forLot(row.lot());
        payment.show(passes.quoteRenewal(row.periodId()));
        var next = row.endsOn().plusDays(1);
        var what = new Paragraph(getTranslation("holders.renew.what", row.plan(), row.plates(), next,
                row.period().lastDay(next)));
        what.setId("holders-renew-what");
        PassSale[] renewed = new PassSale[1];
        PayNow[] paid = new PayNow[1];
        new FormDialog(getTranslation("holders.renew.title", row.ownerName()), new VerticalLayout(what, payment),
                () -> {
                    paid[0] = payment.payNow();
                    try {
                        renewed[0] = passes.renew(row.periodId(), paid[0]);
                    } catch (BillingException refused) {
                        payment.show(passes.quoteRenewal(row.periodId())); // the owner's debt may have changed
                        throw refused;
                    }
                }, () -> {
                    payment.announce(getTranslation("holders.renewed-one", row.ownerName(), next.toString()),
                            renewed[0], paid[0]);
                    refresh();
                }).open();
    }

    /** Each selected pass renewed on its own (left as its invoice); the refused ones are listed with why. */
    private void renewSelected() {
        List<PassHolderRow> chosen = grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(PassHolderRow::endsOn).thenComparing(PassHolderRow::periodId)).toList();
        if (chosen.isEmpty()) {
            Notifications.refused(this, new BillingException("holders.choose"));
            return;
        }
        Confirmation.ask(getTranslation("holders.renew-selected"), getTranslation("holders.renew.confirm", chosen.size()),
                getTranslation("holders.renew-selected"), () -> {
                    List<String> refused = new ArrayList<>();
                    for (PassHolderRow row : chosen) {
                        String reason = renewOne(row);
                        if (reason != null) {
                            String which = row.unit() == null || row.unit().isBlank() ? row.plates()
                                    : row.unit() + getTranslation("list.separator") + row.plates();
                            refused.add(getTranslation("holders.refused.row", row.ownerName(), which, reason));
                        }
                    }
                    showSummary(chosen.size() - refused.size(), refused);
                    refresh();
                });
    }

    /** Renews one pass in its own transaction: null when done, else why not, in the user's language. */
    private @Nullable String renewOne(PassHolderRow row) {
        try {
            passes.renew(row.periodId());
            return null;
        } catch (UserFacingException refused) {
            return getTranslation(refused.messageKey(), refused.arguments());
        } catch (RuntimeException failure) { // one pass failing does not stop the others
            LoggerFactory.getLogger(PassHoldersView.class).error("Renewing period {} failed", row.periodId(), failure);
            return getTranslation("error.not-saved");
        }
    }

    private void showSummary(int renewed, List<String> refused) {
        var summary = new Dialog();
        summary.setId("holders-renew-summary");
        summary.setHeaderTitle(getTranslation("holders.renew-selected"));
        var done = new Span(getTranslation("holders.renewed", renewed));
        done.setId("holders-renewed");
        summary.add(new VerticalLayout(done));
        if (!refused.isEmpty()) {
            var list = new UnorderedList(refused.stream().map(ListItem::new).toArray(ListItem[]::new));
            list.setId("holders-refused");
            summary.add(new Paragraph(getTranslation("holders.refused")), list);
        }
        var close = new Button(getTranslation("action.close"), click -> summary.close());
        close.setId("holders-renew-summary-close");
        summary.getFooter().add(close);
        summary.open();
    }

    private String yesNo(boolean yes) {
        return getTranslation(yes ? "answer.yes" : "answer.no");
    }

    private List<String> headers() {
        return List.of(getTranslation("owners.name"), getTranslation("owners.unit"), getTranslation("passes.plates"),
                getTranslation("passes.plan"), getTranslation("terms.lot"), getTranslation("holders.starts-on"),
                getTranslation("holders.ends-on"), getTranslation("holders.renews"), getTranslation("holders.paid"));
    }

    private List<List<Object>> exportRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (PassHolderRow row : holders.find(query())) {
            rows.add(Arrays.asList(row.ownerName(), row.unit(), row.plates(), row.plan(), lotNames.lotName(row.lot()),
                    row.startsOn(), row.endsOn(), yesNo(row.renews()), yesNo(row.paid())));
        }
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("holders.title");
    }
}
