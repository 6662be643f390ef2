package org.parkgate.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.parkgate.base.Table;
import org.parkgate.base.TableFiles;

/**
 * "Export CSV" and "Export Excel" links for a list. The rows are read when the link is clicked,
 * so the file holds what the list holds at that moment (all pages, not just the visible one).
 */
public class ExportLinks extends HorizontalLayout {

    public ExportLinks(String id, String fileName, List<String> headers, Supplier<List<List<Object>>> rows) {
        this(id, fileName, headers, rows, "export.");
    }

    /**
     * Links labelled by the translation of {@code labelKeyPrefix} + the format's name ({@code CSV},
     * {@code XLSX}), with the ids {@code id-csv} and {@code id-xlsx}.
     */
    public ExportLinks(String id, String fileName, List<String> headers, Supplier<List<List<Object>>> rows,
            String labelKeyPrefix) {
        setSpacing(true);
        for (TableFiles.Format format : TableFiles.Format.values()) {
            var link = new Anchor((DownloadEvent event) -> {
                event.setFileName(fileName + "." + format.extension());
                event.setContentType(format.contentType());
                try (OutputStream out = event.getOutputStream()) {
                    TableFiles.write(new Table(headers, rows.get()), format, out);
                }
            }, getTranslation(labelKeyPrefix + format.name()));
            link.setId(id + "-" + format.extension());
            add(link);
        }
    }
}
