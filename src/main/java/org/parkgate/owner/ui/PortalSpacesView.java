package org.parkgate.owner.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.parkgate.occupancy.LotSpaces;
import org.parkgate.occupancy.SpaceForecasts;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * Free spaces in each lot now, refreshed while the page is open, and the free spaces expected over
 * the next 12 hours from the lot's own history.
 */
@Route(value = "owner/spaces", layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalSpacesView extends VerticalLayout implements HasDynamicTitle {

    /** How often an open page asks again (a phone's browser may drop a pushed connection). */
    static final int REFRESH_MILLIS = 15_000;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final SpaceForecasts spaces;
    private final Clock clock;
    private final Div lots = new Div();
    private @Nullable Registration polling;

    PortalSpacesView(SpaceForecasts spaces, Clock clock) {
        this.spaces = spaces;
        this.clock = clock;
        setPadding(false);
        lots.setId("portal-spaces");
        add(new Paragraph(getTranslation("owner.spaces.hint")), lots);
        show();
    }

    void show() {
        lots.removeAll();
        for (LotSpaces lot : spaces.now()) {
            var free = new Span(getTranslation("owner.spaces.free", lot.free(), lot.capacity()));
            free.setId("portal-free-" + lot.lot());
            free.addClassName("parkgate-pay-amount");
            var next = new Div();
            next.setId("portal-forecast-" + lot.lot());
            for (LotSpaces.Expected expected : lot.next()) {
                var line = new Div(expected.at().atZone(clock.getZone()).format(HOUR) + "  "
                        + getTranslation("owner.spaces.expected", expected.free()));
                next.add(line);
            }
            var title = new Div(lot.name());
            title.addClassName("parkgate-owner-card-title");
            var card = new Div(title, new Div(free), new Paragraph(getTranslation("owner.spaces.next", SpaceForecasts.HOURS)), next);
            card.addClassName("parkgate-owner-card");
            lots.add(card);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(REFRESH_MILLIS);
        polling = event.getUI().addPollListener(poll -> show());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.spaces");
    }
}
