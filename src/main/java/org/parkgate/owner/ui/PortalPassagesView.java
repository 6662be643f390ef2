package org.parkgate.owner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.access.Lane;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSearch;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Site;
import org.parkgate.lane.Snapshot;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * The last 90 days of the owner's vehicles at the lanes: in and out, and why the barrier stayed
 * down, with the plate picture the camera took of a refusal.
 */
@Route(value = "owner/passages", layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalPassagesView extends VerticalLayout implements HasDynamicTitle {

    static final Duration SHOWN = Duration.ofDays(90);
    static final int MOST = 500;

    PortalPassagesView(PassageSearch passages, Site site, Clock clock, PassageSnapshots snapshots) {
        setPadding(false);
        var list = new Div();
        list.setId("portal-passages");
        var found = passages.ofSignedInOwner(clock.instant().minus(SHOWN), MOST);
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("owner.passages.none")));
        }
        for (Passage passage : found) {
            var what = new Span(passage.plate() + " · " + getTranslation(passage.direction() == Lane.Direction.IN
                    ? "owner.passages.in" : "owner.passages.out") + " · " + site.laneName(passage.laneId()));
            what.addClassName("parkgate-owner-card-title");
            var card = new Div(what, new Div(DateTimes.format(passage.decidedAt(), clock)));
            var outcome = new Div(getTranslation(passage.opened() ? "owner.passages.opened" : "owner.passages.refused",
                    getTranslation("lanes.reason." + passage.reason())));
            outcome.addClassName(passage.opened() ? "parkgate-owner-opened" : "parkgate-alarm");
            card.add(outcome);
            if (!passage.opened() && passage.amountDue() > 0) {
                card.add(new Div(getTranslation("owner.passages.due", Money.yuan(passage.amountDue()))));
            }
            if (!passage.opened()) {
                platePicture(passage, snapshots).ifPresent(card::add);
            }
            card.setId("portal-passage-" + passage.id());
            card.addClassName("parkgate-owner-card");
            list.add(card);
        }
        add(new Paragraph(getTranslation("owner.passages.hint", SHOWN.toDays())), list);
    }

    /** The plate close-up the camera took of a refusal, when it sent one and it is still kept. */
    private Optional<Image> platePicture(Passage passage, PassageSnapshots snapshots) {
        return snapshots.of(passage.id()).stream().filter(picture -> picture.kind() == Snapshot.Kind.PLATE)
                .map(snapshots::file).filter(Objects::nonNull).findFirst().map(file -> {
                    var image = new Image(DownloadHandler.forFile(file.toFile()).inline(),
                            getTranslation("lanes.picture.PLATE", passage.plate()));
                    image.setId("portal-passage-picture-" + passage.id());
                    image.setMaxWidth("12rem");
                    image.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-xs)");
                    return image;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.passages");
    }
}
