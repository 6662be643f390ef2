package org.parkgate.lane.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.lane.ReleaseReasons;
import org.parkgate.security.Role;

/** The reasons a guard may choose for a free release (免费放行): added and retired by managers. */
@Route("release-reasons")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 921, title = "menu.release-reasons", icon = "vaadin:unlock")
final class ReleaseReasonsView extends VerticalLayout implements HasDynamicTitle {

    private final ReleaseReasons reasons;
    final Grid<ReleaseReasons.ReleaseReason> grid = new Grid<>();

    ReleaseReasonsView(ReleaseReasons reasons) {
        this.reasons = reasons;
        addClassName("parkgate-view");
        setSizeFull();
        var name = new TextField(getTranslation("release-reasons.name"));
        name.setId("release-reason-name");
        name.setMaxLength(ReleaseReasons.NAME_LENGTH);
        var add = new Button(getTranslation("release-reasons.add"), click -> {
            if (Notifications.attempt(this, () -> reasons.add(name.getValue()))) {
                name.clear();
                refresh();
            }
        });
        add.setId("release-reason-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("release-reasons-grid");
        grid.addColumn(ReleaseReasons.ReleaseReason::name).setHeader(getTranslation("release-reasons.name"))
                .setFlexGrow(2);
        grid.addComponentColumn(reason -> {
            if (!reason.active()) {
                return new Paragraph(getTranslation("release-reasons.retired"));
            }
            var retire = new Button(getTranslation("release-reasons.retire"), click -> Confirmation.ask(
                    Labels.of(this, "release-reasons.retire", reason.name()),
                    getTranslation("release-reasons.retire.confirm", reason.name()),
                    getTranslation("release-reasons.retire"), () -> {
                        if (Notifications.attempt(this, () -> reasons.retire(reason.id()))) {
                            refresh();
                        }
                    }));
            retire.setId("release-reason-retire-" + reason.id());
            retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return retire;
        }).setHeader(getTranslation("owners.actions")).setKey("actions");
        add(new Paragraph(getTranslation("release-reasons.help")), form, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(reasons.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.release-reasons");
    }
}
