package org.parkgate.billing.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Labels;
import org.parkgate.billing.Handover;
import org.parkgate.billing.ShiftHandovers;
import org.parkgate.security.Role;

/** A signed-off shift on a page of its own, without the menu, ready to print and sign on paper. */
@Route(value = "handover-slip", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
final class HandoverSlipView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ShiftHandovers handovers;
    private final Clock clock;

    HandoverSlipView(ShiftHandovers handovers, Clock clock) {
        this.handovers = handovers;
        this.clock = clock;
        addClassName("parkgate-receipt");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        Handover handover;
        try {
            handover = handovers.find(id);
        } catch (UserFacingException missing) {
            add(new Paragraph(getTranslation(missing.messageKey())));
            return;
        }
        var print = new PrintButton("handover-print");
        var till = new HandoverTill("handover-slip", clock);
        till.show(handover);
        add(print, new H2(getTranslation("handover.slip", handover.id())),
                new Paragraph(getTranslation("handover.cashier", handover.cashier())),
                new Paragraph(getTranslation("handover.period",
                        handover.from() == null ? "-" : DateTimes.format(handover.from(), clock),
                        DateTimes.format(handover.to(), clock), handover.entries())),
                till);
        if (handover.note() != null) {
            add(new Paragraph(Labels.of(this, "handover.note", handover.note())));
        }
        add(new Paragraph(getTranslation("handover.signatures")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handover.title");
    }
}
