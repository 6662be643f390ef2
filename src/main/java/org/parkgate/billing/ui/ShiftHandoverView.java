package org.parkgate.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.Money;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.Handover;
import org.parkgate.billing.ShiftHandovers;
import org.parkgate.security.Role;

/**
 * The cashier's till since their last handover, by payment method; signing off closes the shift
 * and opens the printable handover slip. Earlier handovers below (managers see everyone's). Guards
 * hand over the cash they took at the lane's booth here too.
 */
@Route("handover")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
@Menu(order = 203, title = "menu.handover", icon = "vaadin:exchange")
final class ShiftHandoverView extends VerticalLayout implements HasDynamicTitle {

    private final ShiftHandovers handovers;
    private final Clock clock;
    final HandoverTill till;
    final Span since = new Span();
    final TextField note = new TextField();
    final Grid<Handover> earlier = new Grid<>();

    ShiftHandoverView(ShiftHandovers handovers, Clock clock) {
        this.handovers = handovers;
        this.clock = clock;
        addClassName("parkgate-view");
        since.setId("handover-since");
        till = new HandoverTill("handover-till", clock);
        note.setLabel(getTranslation("handover.note"));
        note.setId("handover-note");
        var signOff = new Button(getTranslation("handover.sign-off"), click -> signOff());
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOff.setId("handover-sign-off");
        var actions = new HorizontalLayout(note, signOff);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        earlier.setId("handover-earlier");
        earlier.addColumn(h -> DateTimes.format(h.to(), clock)).setHeader(getTranslation("handover.signed"));
        earlier.addColumn(Handover::cashier).setHeader(getTranslation("report.staff"));
        earlier.addColumn(Handover::entries).setHeader(getTranslation("report.count"));
        earlier.addColumn(h -> Money.yuan(h.total())).setHeader(getTranslation("report.net"));
        earlier.addItemClickListener(click -> UI.getCurrent().navigate(HandoverSlipView.class, click.getItem().id()));
        add(since, till, actions, new H3(getTranslation("handover.earlier")), earlier);
        refresh();
    }

    private void refresh() {
        Handover open = handovers.current();
        since.setText(open.from() == null ? getTranslation("handover.since-start", open.entries())
                : getTranslation("handover.since", DateTimes.format(open.from(), clock), open.entries()));
        till.show(open);
        earlier.setItems(handovers.latest(50));
    }

    private void signOff() {
        try {
            long id = handovers.signOff(note.getValue());
            UI.getCurrent().navigate(HandoverSlipView.class, id);
        } catch (UserFacingException refused) {
            Notifications.refused(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handover.title");
    }
}
