package org.parkgate.lane.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.parkgate.lane.AccessIndex;
import org.parkgate.lane.IndexCheck;
import org.parkgate.security.Role;

/** Whether the gate's in-memory index agrees with the database; admins can rebuild it. */
@Route("gate-index")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 920, title = "menu.gate-index", icon = "vaadin:database")
final class GateIndexView extends VerticalLayout implements HasDynamicTitle {

    private final AccessIndex accessIndex;
    final Paragraph summary = new Paragraph();
    final Paragraph details = new Paragraph();

    GateIndexView(AccessIndex accessIndex) {
        this.accessIndex = accessIndex;
        addClassName("parkgate-view");
        summary.setId("index-summary");
        details.setId("index-details");
        var check = new Button(getTranslation("gate-index.check"), click -> show(accessIndex.check()));
        check.setId("index-check");
        var rebuild = new Button(getTranslation("gate-index.rebuild"), click -> show(accessIndex.rebuildAndCheck()));
        rebuild.setId("index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("gate-index.explanation")), new HorizontalLayout(check, rebuild), summary,
                details);
        show(accessIndex.check());
    }

    private void show(IndexCheck result) {
        summary.setText(getTranslation(result.consistent() ? "gate-index.consistent" : "gate-index.inconsistent",
                result.databasePlates(), result.indexPlates()));
        details.setText(result.consistent() ? "" : getTranslation("gate-index.differences",
                result.missingCount(), plates(result.missingFromIndex()), result.extraCount(),
                plates(result.notInDatabase()), result.wrongAccountCount(), plates(result.wrongAccount()),
                result.wrongListingCount(), plates(result.wrongListing())));
    }

    private String plates(List<String> plates) {
        return plates.isEmpty() ? "-" : String.join(getTranslation("list.separator"), plates);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gate-index.title");
    }
}
