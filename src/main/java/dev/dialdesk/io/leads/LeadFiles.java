package dev.dialdesk.io.leads;

import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.LeadFileReader;
import java.io.IOException;
import java.nio.file.Path;

/** Opens CSV and JSON lead files: the {@link LeadFileReader} of the import service. */
public final class LeadFiles implements LeadFileReader {

    @Override
    public LeadFile open(Path file) {
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(file);
        try {
            return sniffed.format() == FileFormat.JSON ? new JsonLeadFile(file, sniffed) : new CsvLeadFile(file, sniffed);
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }
}
