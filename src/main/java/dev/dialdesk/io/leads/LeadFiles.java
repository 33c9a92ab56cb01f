package dev.dialdesk.io.leads;

import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.LeadFileReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens every kind of table file an import reads: CSV/TSV (UTF-8, MS949, UTF-16), JSON, {@code .xlsx},
 * {@code .xls} and HTML tables: the {@link LeadFileReader} of the lead import, the do-not-call import
 * and the call history import. The spreadsheet classes (and so POI and jsoup) load only when such a
 * file is opened.
 */
public final class LeadFiles implements LeadFileReader {

    @Override
    public LeadFile open(Path file, OpenOptions options) {
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(file);
        try {
            return switch (sniffed.format()) {
                case JSON -> new JsonLeadFile(file, sniffed);
                case CSV -> csv(file, sniffed, options);
                case XLSX -> xlsx(file, sniffed, options);
                case XLS -> xls(file, sniffed, options);
                case HTML -> html(file, sniffed, options);
            };
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }

    private static LeadFile csv(Path file, FileSniffer.Sniffed sniffed, OpenOptions options) throws IOException {
        CsvRecords records = new CsvRecords(file, sniffed);
        return new TableLeadFile(file, new TableLeadFile.Kind(FileFormat.CSV, records.charset(), records.delimiter(),
                List.of(), null), records, options);
    }

    private static LeadFile xlsx(Path file, FileSniffer.Sniffed sniffed, OpenOptions options) {
        XlsxRecords records = new XlsxRecords(file, sniffed.size(), options.sheet());
        return new TableLeadFile(file, new TableLeadFile.Kind(FileFormat.XLSX, "UTF-8", (char) 0, records.sheets(),
                records.sheet()), records, options);
    }

    private static LeadFile xls(Path file, FileSniffer.Sniffed sniffed, OpenOptions options) {
        XlsRecords records = new XlsRecords(file, sniffed.size(), options.sheet());
        return new TableLeadFile(file, new TableLeadFile.Kind(FileFormat.XLS, "UTF-16LE", (char) 0, records.sheets(),
                records.sheet()), records, options);
    }

    private static LeadFile html(Path file, FileSniffer.Sniffed sniffed, OpenOptions options) {
        HtmlTableRecords records = new HtmlTableRecords(file, sniffed);
        return new TableLeadFile(file, new TableLeadFile.Kind(FileFormat.HTML, records.charset(), (char) 0, List.of(),
                null), records, options);
    }
}
