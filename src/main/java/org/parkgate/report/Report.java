package org.parkgate.report;

import java.util.List;
import org.parkgate.base.Table;

/**
 * A finished report in the reader's language: a title, lines under it (period, when made, by
 * whom, what the figures mean) and its sections, each a table.
 */
public record Report(String title, List<String> notes, List<Section> sections) {

    public Report {
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
    }

    /** A titled table of the report. */
    public record Section(String title, Table table) {
    }

    /** The section with this title; for tests and previews. */
    public Section section(String sectionTitle) {
        return sections.stream().filter(s -> s.title().equals(sectionTitle)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionTitle));
    }
}
