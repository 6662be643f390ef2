package org.parkgate.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.parkgate.base.ui.BoundedUpload;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.ExportLinks;
import org.parkgate.base.ui.UploadTexts;
import org.parkgate.base.ui.Notifications;
import org.parkgate.registry.ImportPreview;
import org.parkgate.registry.ImportProblem;
import org.parkgate.registry.ImportResult;
import org.parkgate.registry.ImportRow;
import org.parkgate.registry.OwnerImport;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import owners and vehicles: upload a file, see every row with its problems in the user's
 * language, then import (all rows, or only the valid ones). The import runs in the background with
 * a progress bar; nothing is written before the user says so.
 */
class ImportDialog extends Dialog {

    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private final OwnerImport imports;
    private final Executor executor;
    private final Runnable afterImport;
    private final UI ui;
    final Span summary = new Span();
    final Grid<ImportRow> rows = new Grid<>();
    final Checkbox onlyProblems = new Checkbox();
    final Checkbox validOnly = new Checkbox();
    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    ImportPreview preview;
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    ImportDialog(OwnerImport imports, Executor executor, Runnable afterImport) {
        this.imports = imports;
        this.executor = executor;
        this.afterImport = afterImport;
        this.ui = UI.getCurrent();
        setHeaderTitle(getTranslation("import.title"));
        setWidth("64em");
        var upload = new Upload(new BoundedUpload(MAX_BYTES, (fileName, file) -> {
            ImportPreview read = imports.read(fileName, file);
            ui.access(() -> show(read));
        }, () -> ui.access(this::tooLarge)));
        upload.setId("import-upload");
        UploadTexts.apply(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        var help = new Paragraph(getTranslation("import.help"));
        var template = imports.template();
        var templateLinks = new ExportLinks("import-template", "owners-template", template.headers(), template::rows,
                "import.template.");
        summary.setId("import-summary");
        onlyProblems.setLabel(getTranslation("import.only-problems"));
        onlyProblems.setId("import-only-problems");
        onlyProblems.addValueChangeListener(change -> showRows());
        rows.setId("import-rows");
        rows.setHeight("22em");
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("owners.name"));
        rows.addColumn(row -> orEmpty(row.unit())).setHeader(getTranslation("owners.unit"));
        rows.addColumn(row -> orEmpty(row.phone())).setHeader(getTranslation("owners.phone"));
        rows.addColumn(row -> orEmpty(row.plate())).setHeader(getTranslation("vehicle.plate"));
        rows.addColumn(row -> getTranslation("vehicle.kind." + row.kind().name())).setHeader(getTranslation("vehicle.kind"));
        rows.addColumn(this::problems).setHeader(getTranslation("import.problems")).setKey("problems").setFlexGrow(3);
        rows.setPartNameGenerator(row -> row.valid() ? null : "parkgate-import-problem");
        validOnly.setLabel(getTranslation("import.valid-only"));
        validOnly.setId("import-valid-only");
        start.setText(getTranslation("import.start"));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        add(new VerticalLayout(help, templateLinks, upload, summary, onlyProblems, rows, validOnly, progress));
        var close = new Button(getTranslation("action.close"), click -> close());
        close.setId("import-close");
        getFooter().add(close, start);
    }

    /** What the upload does with a file; tests call it directly. */
    void receive(String fileName, byte[] content) {
        show(imports.read(fileName, content));
    }

    private void tooLarge() {
        preview = null;
        summary.setText(getTranslation("error.import.too-large", MAX_BYTES / (1024 * 1024)));
        rows.setItems();
        start.setEnabled(false);
    }

    private void show(ImportPreview read) {
        preview = read;
        if (read.fileProblem() != null) {
            summary.setText(text(read.fileProblem()));
            rows.setItems();
            start.setEnabled(false);
            return;
        }
        summary.setText(getTranslation("import.summary", read.rows().size(), read.validRows(), read.invalidRows()));
        showRows();
        start.setEnabled(true);
    }

    private void showRows() {
        if (preview == null) {
            return;
        }
        rows.setItems(onlyProblems.getValue() ? preview.rows().stream().filter(row -> !row.valid()).toList()
                : preview.rows());
    }

    private void startImport() {
        ImportPreview toWrite = preview;
        boolean onlyValid = validOnly.getValue();
        start.setEnabled(false);
        progress.setMin(0);
        progress.setMax(Math.max(1, toWrite.rows().size()));
        progress.setValue(0);
        progress.setVisible(true);
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportResult result = imports.write(toWrite, onlyValid, done -> ui.access(() -> progress.setValue(done)));
                ui.access(() -> finished(result));
            } catch (UserFacingException refused) {
                ui.access(() -> {
                    progress.setVisible(false);
                    start.setEnabled(true);
                    Notifications.refused(this, refused);
                });
            }
        }, SecurityContextHolder.getContext()), executor);
    }

    private void finished(ImportResult result) {
        Notifications.success(getTranslation("import.done", result.ownersCreated(), result.vehiclesAdded(),
                result.rowsSkipped()));
        afterImport.run();
        close();
    }

    private String problems(ImportRow row) {
        return row.problems().stream().map(this::text).collect(Collectors.joining("; "));
    }

    private String text(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
