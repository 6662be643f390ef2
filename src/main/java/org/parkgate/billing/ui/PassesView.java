package org.parkgate.billing.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Plates;
import org.parkgate.access.TimeWindows;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.BillingException;
import org.parkgate.base.LotNames;
import org.parkgate.billing.LotTermsService;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassOverlapException;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassPlanRow;
import org.parkgate.billing.PassSale;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PayNow;
import org.parkgate.billing.Rate;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * The passes on offer, and selling one for a vehicle, paid at once at the counter or left as its
 * invoice. Cashiers sell; managers and admins also define plans.
 */
@Route("passes")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 201, title = "menu.passes", icon = "vaadin:ticket")
final class PassesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ALWAYS = "MON-SUN 00:00-24:00";

    private final PassService passes;
    private final RegistryService registry;
    private final LotTermsService terms;
    private final LotNames lotNames;
    private final Clock clock;
    final Grid<PassPlanRow> grid = new Grid<>();

    PassesView(PassService passes, RegistryService registry, LotTermsService terms, LotNames lotNames, Clock clock,
            AuthenticationContext authentication) {
        this.passes = passes;
        this.registry = registry;
        this.terms = terms;
        this.lotNames = lotNames;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();

        var sell = new Button(getTranslation("passes.sell"), click -> openSellDialog(""));
        sell.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sell.setId("passes-sell");
        var newPlan = new Button(getTranslation("passes.new-plan"), click -> openPlanDialog());
        newPlan.setId("passes-new-plan");
        newPlan.setVisible(authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.MANAGER));

        grid.setId("plans-grid");
        grid.addColumn(PassPlanRow::name).setHeader(getTranslation("passes.plan")).setAutoWidth(true);
        grid.addColumn(plan -> getTranslation("passes.period." + plan.period().name()))
                .setHeader(getTranslation("passes.period"));
        grid.addColumn(plan -> yuan(plan.price())).setHeader(getTranslation("passes.price"));
        grid.addColumn(plan -> getTranslation("passes.rate." + plan.rate().name())).setHeader(getTranslation("passes.rate"));
        grid.addColumn(row -> Translations.CHINESE.getLanguage().equals(getLocale().getLanguage())
                ? TimeWindows.parse(row.windows()).inChinese() : row.windows())
                .setHeader(getTranslation("passes.windows")).setAutoWidth(true);
        grid.addColumn(PassPlanRow::maxInside).setHeader(getTranslation("passes.max-inside"));
        add(new HorizontalLayout(sell, newPlan), grid);
        expand(grid);
        refresh();
    }

    private void openPlanDialog() {
        var name = new TextField(getTranslation("passes.plan"));
        name.setId("plan-name");
        var period = new Select<PassPeriod>();
        period.setLabel(getTranslation("passes.period"));
        period.setItems(PassPeriod.values());
        period.setItemLabelGenerator(value -> getTranslation("passes.period." + value.name()));
        period.setValue(PassPeriod.MONTH);
        var price = new BigDecimalField(getTranslation("passes.price"));
        price.setId("plan-price");
        var rate = new Select<Rate>();
        rate.setLabel(getTranslation("passes.rate"));
        rate.setItems(Rate.values());
        rate.setItemLabelGenerator(value -> getTranslation("passes.rate." + value.name()));
        rate.setValue(Rate.OWNER);
        var windows = new TextField(getTranslation("passes.windows"));
        windows.setId("plan-windows");
        windows.setValue(ALWAYS);
        windows.setHelperText(getTranslation("passes.windows.help"));
        var maxInside = new IntegerField(getTranslation("passes.max-inside"));
        maxInside.setValue(1);
        new FormDialog(getTranslation("passes.new-plan"), new FormLayout(name, period, price, rate, windows, maxInside),
                () -> passes.createPlan(new NewPassPlan(name.getValue(), period.getValue(), fen(price.getValue(), "error.plan.price-missing"),
                        rate.getValue(), windows.getValue(), maxInside.getValue() == null ? 0 : maxInside.getValue())),
                () -> {
                    Notifications.success(getTranslation("passes.plan-created", name.getValue()));
                    refresh();
                }).open();
    }

    /** Opened from an owner's file ({@code ?owner=<id>}): selling to that owner, their plates typed in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OwnerLinks.chosenOwner(event).flatMap(registry::owner).ifPresent(owner -> openSellDialog(owner.plates()));
    }

    private void openSellDialog(String typedPlates) {
        var plates = new TextField(getTranslation("passes.plates"));
        plates.setId("sell-plate");
        plates.setValue(typedPlates);
        plates.setHelperText(getTranslation("passes.plates.help"));
        var plan = new Select<PassPlanRow>();
        plan.setLabel(getTranslation("passes.plan"));
        plan.setId("sell-plan");
        List<PassPlanRow> plans = passes.plans();
        plan.setItems(plans);
        plan.setItemLabelGenerator(row -> row.name() + " (" + yuan(row.price()) + ")");
        monthly(plans).ifPresent(plan::setValue);
        var start = new DayPicker(getTranslation("passes.starts-on"));
        start.setId("sell-start");
        LocalDate today = LocalDate.now(clock);
        start.setValue(today);
        start.setMin(PassService.SALE_START.earliest(today));
        start.setMax(PassService.SALE_START.latest(today));
        // shown once the service reports an overlap: selling again then needs this ticked
        var overlap = new Checkbox(getTranslation("passes.sell-overlapping"));
        overlap.setId("sell-overlap");
        overlap.setVisible(false);
        var payment = new PaymentChoice(terms, lotNames);
        Runnable quote = () -> {
            PassPlanRow chosen = plan.getValue();
            payment.forLot(chosen == null ? null : chosen.lot());
            Long owner = ownerOf(platesOf(plates.getValue()));
            payment.show(owner == null || chosen == null || start.getValue() == null ? null
                    : passes.quoteSale(owner, chosen.id(), start.getValue()));
        };
        // a confirmation is for the overlap reported, not for whatever the form says next
        List.<HasValue<?, ?>>of(plates, plan, start).forEach(field -> field.addValueChangeListener(change -> {
            overlap.clear();
            quote.run();
        }));
        quote.run();
        PassSale[] sold = new PassSale[1];
        PayNow[] paid = new PayNow[1];
        new FormDialog(getTranslation("passes.sell"), new VerticalLayout(new FormLayout(plates, plan, start, overlap),
                payment), () -> {
                    List<String> typed = platesOf(plates.getValue());
                    if (typed.isEmpty()) {
                        throw new BillingException("error.plate.required");
                    }
                    Long owner = ownerOf(typed);
                    if (owner == null) {
                        throw new BillingException("error.pass.plate-unknown", typed.getFirst());
                    }
                    if (plan.getValue() == null || start.getValue() == null) {
                        throw new BillingException("error.pass.plan-and-start-needed");
                    }
                    paid[0] = payment.payNow();
                    try {
                        sold[0] = passes.sell(owner, plan.getValue().id(), typed, start.getValue(), overlap.getValue(),
                                paid[0]);
                    } catch (PassOverlapException twice) {
                        overlap.setVisible(true);
                        throw twice;
                    } catch (BillingException refused) {
                        quote.run(); // what the owner owes may have changed meanwhile
                        throw refused;
                    }
                }, () -> payment.announce(getTranslation("passes.sold", String.join(", ", platesOf(plates.getValue()))),
                        sold[0], paid[0]))
                .open();
    }

    /**
     * The plan a sale starts on: a monthly one, at the owner rate if there is one; never a longer
     * period, which a cashier who does not look would sell for a year in advance.
     */
    static Optional<PassPlanRow> monthly(List<PassPlanRow> plans) {
        return plans.stream().filter(row -> row.period() == PassPeriod.MONTH)
                .min(Comparator.comparing((PassPlanRow row) -> row.rate() != Rate.OWNER));
    }

    private @Nullable Long ownerOf(List<String> plates) {
        return plates.isEmpty() ? null : registry.plateOwner(plates.getFirst());
    }

    /** Plates as typed, separated by commas or semicolons (a space may be part of a plate), normalised. */
    private static List<String> platesOf(String typed) {
        return java.util.Arrays.stream(typed == null ? new String[0] : typed.split("[,，;；]+"))
                .map(Plates::normalize).filter(plate -> !plate.isEmpty()).distinct().toList();
    }

    private void refresh() {
        grid.setItems(passes.plans());
    }

    static String yuan(long fen) {
        return Money.yuan(fen);
    }

    /** An amount typed in yuan, or the refusal {@code messageKey} when it is missing or too precise. */
    static long fen(BigDecimal yuan, String messageKey) {
        try {
            return Money.fen(yuan);
        } catch (IllegalArgumentException e) {
            throw new BillingException(messageKey);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passes.title");
    }
}
