package org.parkgate.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file read for import, nothing written yet: its rows with their problems, or a problem with
 * the whole file (unreadable, no name column) and no rows.
 */
public record ImportPreview(String fileName, List<ImportRow> rows, @Nullable ImportProblem fileProblem) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long invalidRows() {
        return rows.stream().filter(row -> !row.valid()).count();
    }

    public long validRows() {
        return rows.size() - invalidRows();
    }
}
