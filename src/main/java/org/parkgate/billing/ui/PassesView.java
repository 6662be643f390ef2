package org.parkgate.billing.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import java.util.List;
import org.parkgate.access.Plates;
import org.parkgate.base.Money;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.BillingException;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassOverlapException;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassPlanRow;
import org.parkgate.billing.PassService;
import org.parkgate.billing.Rate;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * The passes on offer, and selling one for a vehicle. Cashiers sell; managers and admins also
 * define plans.
 */
@Route("passes")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 201, title = "menu.passes", icon = "vaadin:ticket")
final class PassesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ALWAYS = "MON-SUN 00:00-24:00";

    private final PassService passes;
    private final RegistryService registry;
    private final Clock clock;
    final Grid<PassPlanRow> grid = new Grid<>();

    PassesView(PassService passes, RegistryService registry, Clock clock, AuthenticationContext authentication) {
        this.passes = passes;
        this.registry = registry;
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
        grid.addColumn(PassPlanRow::windows).setHeader(getTranslation("passes.windows")).setAutoWidth(true);
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
        if (!plans.isEmpty()) {
            plan.setValue(plans.getFirst());
        }
        var start = new DatePicker(getTranslation("passes.starts-on"));
        start.setId("sell-start");
        LocalDate today = LocalDate.now(clock);
        start.setValue(today);
        start.setMin(PassService.SALE_START.earliest(today));
        start.setMax(PassService.SALE_START.latest(today));
        // shown once the service reports an overlap: selling again then needs this ticked
        var overlap = new Checkbox(getTranslation("passes.sell-overlapping"));
        overlap.setId("sell-overlap");
        overlap.setVisible(false);
        // a confirmation is for the overlap reported, not for whatever the form says next
        List.<HasValue<?, ?>>of(plates, plan, start)
                .forEach(field -> field.addValueChangeListener(change -> overlap.clear()));
        new FormDialog(getTranslation("passes.sell"), new FormLayout(plates, plan, start, overlap), () -> {
            List<String> typed = platesOf(plates.getValue());
            if (typed.isEmpty()) {
                throw new BillingException("error.plate.required");
            }
            Long owner = registry.plateOwner(typed.getFirst());
            if (owner == null) {
                throw new BillingException("error.pass.plate-unknown", typed.getFirst());
            }
            if (plan.getValue() == null || start.getValue() == null) {
                throw new BillingException("error.pass.plan-and-start-needed");
            }
            try {
                passes.sell(owner, plan.getValue().id(), typed, start.getValue(), overlap.getValue());
            } catch (PassOverlapException twice) {
                overlap.setVisible(true);
                throw twice;
            }
        }, () -> Notifications.success(getTranslation("passes.sold", String.join(", ", platesOf(plates.getValue())))))
                .open();
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
