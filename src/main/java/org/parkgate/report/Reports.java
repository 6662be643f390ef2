package org.parkgate.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.TableFiles;
import org.parkgate.base.pdf.PdfFont;
import org.parkgate.base.ui.Translations;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a monthly report and its .xlsx and PDF files, for managers and admins. It reads in one
 * read-only transaction, so the figures of a report are consistent with each other; it can take a
 * while on a big site, so callers run it in the background and show {@code progress} (0 to 1).
 */
@Service
public class Reports {

    private final CollectionReport collection;
    private final ArrearsReport arrears;
    private final OwnerStatement statement;
    private final ExemptionsReport exemptions;
    private final LaneEventsReport laneEvents;
    private final RegistryService registry;
    private final PdfFont font;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Reports(CollectionReport collection, ArrearsReport arrears, OwnerStatement statement,
            ExemptionsReport exemptions, LaneEventsReport laneEvents, RegistryService registry, PdfFont font,
            Translations translations, Clock clock, PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.collection = collection;
        this.arrears = arrears;
        this.statement = statement;
        this.exemptions = exemptions;
        this.laneEvents = laneEvents;
        this.registry = registry;
        this.font = font;
        this.translations = translations;
        this.clock = clock;
    }

    /** The months a report can be made for: this one and the 23 before, newest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /**
     * The report (figures only, no files); {@code plate} names the owner of a statement.
     *
     * @throws ReportException when the owner of the statement is not found
     */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    public Report make(ReportKind kind, YearMonth month, @Nullable String plate, Locale locale) {
        var context = new ReportContext(month, Translations.supported(locale), AuditLog.currentActor(), clock,
                translations);
        return readOnly.execute(status -> switch (kind) {
            case COLLECTION -> collection.make(context);
            case ARREARS -> arrears.make(context);
            case OWNER_STATEMENT -> statement.make(context, owner(plate));
            case EXEMPTIONS -> exemptions.make(context);
            case LANE_EVENTS -> laneEvents.make(context);
        });
    }

    /** The report and its files, telling {@code progress} how far it got. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    public GeneratedReport generate(ReportKind kind, YearMonth month, @Nullable String plate, Locale locale,
            DoubleConsumer progress) {
        font.require(); // refuse before the work when the PDF cannot be written
        progress.accept(0.05);
        Report report = make(kind, month, plate, locale);
        progress.accept(0.5);
        byte[] xlsx = bytes(out -> TableFiles.writeWorkbook(worksheets(report), out));
        progress.accept(0.7);
        byte[] pdf = bytes(out -> PdfReport.write(report, font, out));
        progress.accept(1.0);
        String name = "parkgate-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + month;
        return new GeneratedReport(report, name, xlsx, pdf);
    }

    private long owner(@Nullable String plate) {
        Long owner = plate == null || plate.isBlank() ? null
                : registry.plateOwner(org.parkgate.access.Plates.normalize(plate));
        if (owner == null) {
            throw new ReportException("error.report.owner-unknown", plate == null ? "" : plate.strip());
        }
        return owner;
    }

    /** One sheet per section; the first also carries the title and notes. */
    static List<TableFiles.Worksheet> worksheets(Report report) {
        List<TableFiles.Worksheet> sheets = new ArrayList<>();
        for (Report.Section section : report.sections()) {
            List<String> lead = new ArrayList<>();
            if (sheets.isEmpty()) {
                lead.add(report.title());
                lead.addAll(report.notes());
            }
            lead.add(section.title());
            sheets.add(new TableFiles.Worksheet(section.title(), lead, section.table()));
        }
        return sheets;
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing writing) {
        var out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
