package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.Notifications;
import org.parkgate.lane.Site;
import org.parkgate.lane.VisitorPass;
import org.parkgate.lane.Visitors;
import org.parkgate.lot.VisitorRules;
import org.parkgate.lot.VisitorRulesService;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * Registering a visitor's car: plate, day, from when and for how many hours (today, now, four
 * hours unless changed), within the lot's limits; the visits not over yet, each cancellable.
 */
@Route(value = "owner/visitors", layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalVisitorsView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_HOURS = 4;

    private final Visitors visitors;
    private final Site site;
    private final Clock clock;
    final Select<String> lot = new Select<>();
    final TextField plate = new TextField();
    final DayPicker day = new DayPicker();
    final TimePicker from = new TimePicker();
    final IntegerField hours = new IntegerField();
    final Paragraph error = new Paragraph();
    final Span allowance = new Span();
    private final Div visits = new Div();

    private final VisitorRulesService rules;

    PortalVisitorsView(Visitors visitors, VisitorRulesService rules, Site site, Clock clock) {
        this.visitors = visitors;
        this.rules = rules;
        this.site = site;
        this.clock = clock;
        setPadding(false);
        lot.setLabel(getTranslation("owner.visitors.lot"));
        lot.setItems(site.lotIds());
        lot.setItemLabelGenerator(site::lotName);
        lot.setValue(site.lotIds().getFirst());
        lot.setVisible(site.lotIds().size() > 1);
        lot.setId("portal-visitor-lot");
        lot.addValueChangeListener(change -> show());
        plate.setLabel(getTranslation("owner.visitors.plate"));
        plate.setId("portal-visitor-plate");
        plate.setMaxLength(16);
        plate.setWidthFull();
        day.setLabel(getTranslation("owner.visitors.day"));
        day.setId("portal-visitor-day");
        day.setValue(LocalDate.now(clock));
        day.setMin(LocalDate.now(clock));
        day.setWidthFull();
        from.setLabel(getTranslation("owner.visitors.from"));
        from.setId("portal-visitor-from");
        from.setStep(Duration.ofMinutes(15));
        from.setValue(LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        from.setWidthFull();
        hours.setLabel(getTranslation("owner.visitors.hours"));
        hours.setId("portal-visitor-hours");
        hours.setValue(DEFAULT_HOURS);
        hours.setMin(1);
        hours.setStepButtonsVisible(true);
        hours.setWidthFull();
        error.setId("portal-visitor-error");
        error.addClassName("parkgate-alarm");
        error.setVisible(false);
        allowance.setId("portal-visitor-allowance");
        visits.setId("portal-visits");
        var register = new Button(getTranslation("owner.visitors.register"), click -> register());
        register.setId("portal-visitor-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setWidthFull();
        add(allowance, lot, plate, day, from, hours, error, register, new H3(getTranslation("owner.visitors.list")), visits);
        show();
    }

    private void show() {
        VisitorRules lotRules = rules.rules(lot.getValue());
        hours.setMax(lotRules.maxHours());
        allowance.setText(getTranslation("owner.visitors.allowance", visitors.usedThisMonth(lot.getValue()),
                lotRules.perMonth(), lotRules.maxHours(),
                getTranslation("visitor-rules.billing." + lotRules.billing().name())));
        visits.removeAll();
        var own = visitors.own();
        if (own.isEmpty()) {
            visits.add(new Paragraph(getTranslation("owner.visitors.none")));
        }
        for (VisitorPass visit : own) {
            visits.add(card(visit));
        }
    }

    private Div card(VisitorPass visit) {
        var what = new Span(visit.plate() + " · " + site.lotName(visit.lot()));
        what.addClassName("parkgate-owner-card-title");
        var card = new Div(what, new Div(DateTimes.format(visit.startsAt(), clock) + " – "
                + DateTimes.format(visit.endsAt(), clock)));
        boolean over = visit.cancelledAt() != null || !visit.endsAt().isAfter(clock.instant());
        card.add(new Div(getTranslation(visit.cancelledAt() != null ? "owner.visitors.cancelled"
                : over ? "owner.visitors.over" : visit.billedToOwner() ? "owner.visitors.billed"
                : visit.free() ? "owner.visitors.free" : "owner.visitors.tariff")));
        if (!over) {
            var cancel = new Button(getTranslation("owner.visitors.cancel"), click -> {
                if (Notifications.attempt(this, () -> visitors.cancel(visit.id()))) {
                    show();
                }
            });
            cancel.setId("portal-visit-cancel-" + visit.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(cancel);
        }
        card.setId("portal-visit-" + visit.id());
        card.addClassName("parkgate-owner-card");
        return card;
    }

    private void register() {
        error.setVisible(false);
        if (day.getValue() == null || from.getValue() == null || hours.getValue() == null) {
            refuse(getTranslation("owner.visitors.incomplete"));
            return;
        }
        var start = LocalDateTime.of(day.getValue(), from.getValue()).atZone(clock.getZone()).toInstant();
        try {
            VisitorPass visit = visitors.register(lot.getValue(), plate.getValue(), start,
                    Duration.ofHours(hours.getValue()));
            Notifications.success(getTranslation("owner.visitors.registered", visit.plate(),
                    DateTimes.format(visit.startsAt(), clock), DateTimes.format(visit.endsAt(), clock)));
            plate.clear();
            show();
        } catch (UserFacingException refused) {
            refuse(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.visitors");
    }
}
