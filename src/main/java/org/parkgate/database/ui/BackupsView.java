package org.parkgate.database.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Notifications;
import org.parkgate.database.Backup;
import org.parkgate.database.DatabaseBackups;
import org.parkgate.security.Role;

/**
 * The embedded database's backups: where they are, how many are kept, the list, and "back up now".
 * On PostgreSQL it says that the server's own tools make the backups. Admins only.
 */
@Route("backups")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 933, title = "menu.backups", icon = "vaadin:archive")
final class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private final DatabaseBackups backups;
    final Grid<Backup> grid = new Grid<>();

    BackupsView(DatabaseBackups backups, Clock clock) {
        this.backups = backups;
        addClassName("parkgate-view");
        setSizeFull();
        if (!backups.available()) {
            var postgres = new Paragraph(getTranslation("backups.postgresql"));
            postgres.setId("backups-postgresql");
            add(postgres);
            return;
        }
        var help = new Paragraph(getTranslation("backups.help", backups.folder().toString(), backups.keep()));
        help.setId("backups-help");
        var now = new Button(getTranslation("backups.now"), click -> {
            if (Notifications.attempt(this, backups::backUpNow)) {
                Notifications.success(getTranslation("backups.made"));
                refresh();
            }
        });
        now.setId("backups-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("backups-grid");
        grid.addColumn(Backup::name).setHeader(getTranslation("backups.name")).setAutoWidth(true);
        grid.addColumn(backup -> DateTimes.format(backup.madeAt(), clock)).setHeader(getTranslation("backups.made-at"));
        grid.addColumn(backup -> getTranslation("backups.size", Math.max(1, Math.round(backup.bytes() / 1024.0))))
                .setHeader(getTranslation("backups.bytes"));
        add(help, now, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.backups");
    }
}
