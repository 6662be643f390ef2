package org.parkgate.report;

import java.nio.file.Path;
import java.util.List;
import org.parkgate.base.Table;

/**
 * A finished report in the reader's language: a title, lines under it (period, when made, by
 * whom, what the figures mean), its sections, each a table, and pictures that go with them (the
 * PDF shows them after the sections, each under its caption).
 */
public record Report(String title, List<String> notes, List<Section> sections, List<Picture> pictures) {

    public Report {
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
        pictures = List.copyOf(pictures);
    }

    public Report(String title, List<String> notes, List<Section> sections) {
        this(title, notes, sections, List.of());
    }

    /** A picture file (JPEG or PNG) and what it shows. */
    public record Picture(String caption, Path file) {
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
