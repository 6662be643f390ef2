package org.parkgate.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx file as text rows, read as a stream of XML events from the file
 * (the package is opened lazily, entry by entry) and stopped after the lines the caller takes: a
 * small file that unpacks to a huge sheet is read only as far as it is needed. A single entry
 * larger than {@link #MAX_ENTRY_BYTES} unpacked (the shared strings, say) is refused.
 */
final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    /** Far above a 100,000-row owner list (about 40 MB of sheet XML), far below a heap's worth. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** Thrown from inside the parser when enough lines are read. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private final int maxLines;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row = new ArrayList<>();

    private XlsxRows(int maxLines) {
        this.maxLines = maxLines;
    }

    static List<List<String>> read(Path file, int maxLines) throws IOException {
        var rows = new XlsxRows(maxLines);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows.rows;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            } catch (Enough enough) {
                // the caller takes no more
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | RuntimeException unreadable) {
            throw new IOException("not a readable .xlsx file", unreadable); // POI reports broken files so
        }
        return rows.rows;
    }

    @Override
    public void startRow(int rowNum) {
        while (rows.size() < Math.min(rowNum, maxLines)) { // blank rows keep the line numbers
            rows.add(List.of());
        }
        if (rows.size() >= maxLines) {
            throw new Enough();
        }
        row = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
        rows.add(TableFiles.trimTrailingEmpty(row));
        if (rows.size() >= maxLines) {
            throw new Enough();
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? row.size() : new CellReference(cellReference).getCol();
        while (row.size() < column) {
            row.add("");
        }
        row.add(formattedValue == null ? "" : formattedValue.strip());
    }
}
