package org.parkgate.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.Notifications;
import org.parkgate.report.GeneratedReport;
import org.parkgate.report.Report;
import org.parkgate.report.ReportException;
import org.parkgate.report.ReportKind;
import org.parkgate.report.Reports;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Monthly reports for the manager and the auditor: choose the report and the month (and the owner
 * of a statement), make it in the background with a progress bar, look at it, download .xlsx or PDF.
 */
@Route("reports")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 501, title = "menu.reports", icon = "vaadin:file-table")
final class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);

    private final Reports reports;
    private final Executor executor;
    final Select<ReportKind> kind = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final TextField plate = new TextField();
    final Button make = new Button();
    final ProgressBar progress = new ProgressBar(0, 1);
    final VerticalLayout result = new VerticalLayout();
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    ReportsView(Reports reports, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.reports = reports;
        this.executor = executor;
        addClassName("parkgate-view");
        kind.setLabel(getTranslation("reports.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reports.kind." + k.name()));
        kind.setValue(ReportKind.COLLECTION);
        kind.setId("report-kind");
        kind.addValueChangeListener(change -> plate.setVisible(change.getValue() == ReportKind.OWNER_STATEMENT));
        month.setLabel(getTranslation("reports.month"));
        var months = reports.months();
        month.setItems(months);
        month.setValue(months.get(1)); // last month: the one a monthly report is usually for
        month.setId("report-month");
        plate.setLabel(getTranslation("reports.plate"));
        plate.setId("report-plate");
        plate.setVisible(false);
        make.setText(getTranslation("reports.make"));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setId("report-make");
        make.addClickListener(click -> start());
        progress.setId("report-progress");
        progress.setVisible(false);
        result.setId("report-result");
        result.setPadding(false);
        var form = new HorizontalLayout(kind, month, plate, make);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(form, progress, result);
    }

    private void start() {
        UI ui = UI.getCurrent();
        ReportKind chosen = kind.getValue();
        YearMonth period = month.getValue();
        String owner = plate.getValue();
        var locale = ui.getLocale();
        make.setEnabled(false);
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                GeneratedReport made = reports.generate(chosen, period, owner, locale,
                        done -> ui.access(() -> progress.setValue(done)));
                ui.access(() -> show(made));
            } catch (UserFacingException refused) {
                ui.access(() -> {
                    Notifications.refused(this, refused);
                    done();
                });
            } catch (RuntimeException failed) {
                log.error("Report {} for {} failed", chosen, period, failed);
                ui.access(() -> {
                    Notifications.refused(this, new ReportException("error.report.failed"));
                    done();
                });
            }
        }, SecurityContextHolder.getContext()), executor);
    }

    private void done() {
        make.setEnabled(true);
        progress.setVisible(false);
    }

    private void show(GeneratedReport made) {
        done();
        var xlsx = download(made.fileName() + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", made.xlsx(), "reports.xlsx");
        xlsx.setId("report-xlsx");
        var pdf = download(made.fileName() + ".pdf", "application/pdf", made.pdf(), "reports.pdf");
        pdf.setId("report-pdf");
        var title = new H3(made.report().title());
        title.setId("report-title");
        result.add(title);
        made.report().notes().forEach(note -> result.add(new Span(note)));
        result.add(new HorizontalLayout(xlsx, pdf));
        for (Report.Section section : made.report().sections()) {
            result.add(new H3(section.title()), table(section));
        }
    }

    private static Anchor download(String name, String type, byte[] content, String labelKey) {
        var anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName(name);
            event.setContentType(type);
            try (OutputStream out = event.getOutputStream()) {
                out.write(content);
            }
        }, "");
        anchor.setText(anchor.getTranslation(labelKey));
        return anchor;
    }

    private static Grid<List<Object>> table(Report.Section section) {
        var grid = new Grid<List<Object>>();
        List<String> headers = section.table().headers();
        for (int i = 0; i < headers.size(); i++) {
            final int column = i;
            grid.addColumn(row -> column < row.size() && row.get(column) != null ? row.get(column).toString() : "")
                    .setHeader(headers.get(i)).setAutoWidth(true);
        }
        grid.setItems(section.table().rows());
        grid.setAllRowsVisible(section.table().rows().size() <= 20);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
