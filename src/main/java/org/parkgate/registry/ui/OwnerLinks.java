package org.parkgate.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/**
 * The ways between an owner and the pages about them. Every list that names an owner links the
 * name to the owner's file, {@code owner/<id>}; the file opens other pages for that owner with
 * {@code ?owner=<id>} (payments, passes). The file belongs to a feature that reads all the others:
 * these routes are all that a list needs to know of it, so no feature depends on that page.
 */
public final class OwnerLinks {

    /** The owner file's route; its URL parameter is the owner's id. */
    public static final String FILE_ROUTE = "owner";

    /** The query parameter that opens a page for one owner. */
    public static final String OWNER_PARAMETER = "owner";

    private OwnerLinks() {
    }

    public static String filePath(long ownerId) {
        return FILE_ROUTE + "/" + ownerId;
    }

    /**
     * {@code text} (the owner's name) as a link to their file, navigated to inside the app. A click
     * on it is not also a click on the grid row it stands in (which may open a dialog or details).
     */
    public static Anchor toFile(long ownerId, String text) {
        var link = new Anchor(filePath(ownerId), text);
        link.addClassName("owner-link");
        link.getElement().setAttribute("router-link", true);
        link.getElement().addEventListener("click", click -> {
        }).addEventData("event.stopPropagation()");
        return link;
    }

    /** Opens {@code route} for one owner (read there with {@link #chosenOwner}). */
    public static void openForOwner(String route, long ownerId) {
        UI.getCurrent().navigate(route, QueryParameters.of(OWNER_PARAMETER, Long.toString(ownerId)));
    }

    /** The owner a page was opened for ({@link #openForOwner}); empty without one or for a malformed id. */
    public static Optional<Long> chosenOwner(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(OWNER_PARAMETER).flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        });
    }
}
