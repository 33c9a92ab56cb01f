package dev.dialdesk.io.leads;

import dev.dialdesk.service.imports.LeadFileReader.RawRow;

/** The rows of a table file (CSV, a sheet, an HTML table), header included, before the header is found. */
interface RecordSource extends AutoCloseable {

    /** The next row that is not blank, or null at the end. */
    RawRow next();

    long bytesRead();

    long totalBytes();

    @Override
    void close();
}
