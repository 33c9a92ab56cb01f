package dev.dialdesk.io.leads;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON lead file, read with Jackson's streaming parser (never the whole tree): an array of flat
 * objects, an object whose first member is that array ({@code {"leads": [...]}}), or JSON Lines (one
 * object per line). UTF-8 and UTF-16 (Jackson tells them by their first bytes). Keys become columns in
 * the order first seen; nested values are kept as JSON text.
 *
 * <p>The same limits as a CSV file hold against hostile files: a value (a nested one as its JSON text)
 * of at most {@link CsvRecordReader#MAX_FIELD_CHARS}, a lead of at most
 * {@link CsvRecordReader#MAX_RECORD_CHARS}, at most {@link CsvRecordReader#MAX_COLUMNS} keys in the
 * file, nesting at most {@link #MAX_DEPTH} deep.
 */
final class JsonLeadFile implements LeadFile {

    static final int MAX_DEPTH = 32;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(CsvRecordReader.MAX_FIELD_CHARS)
                    .maxNameLength(CsvRecordReader.MAX_FIELD_CHARS)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    private final Path file;
    private final long totalBytes;
    private final CountingInputStream counter;
    private final JsonParser parser;
    private final List<String> headers = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    /** JSON Lines: objects at the top level, one after another. */
    private final boolean lines;
    /** JSON Lines: the first object was opened to tell the layout; its first member is read. */
    private boolean firstOpen;

    JsonLeadFile(Path file, FileSniffer.Sniffed sniffed) throws IOException {
        this.file = file;
        this.totalBytes = sniffed.size();
        this.counter = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 256 * 1024));
        try {
            this.parser = FACTORY.createParser(counter);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && parser.nextToken() != JsonToken.START_ARRAY) {
                lines = true;
                firstOpen = true;
            } else if (first == JsonToken.START_ARRAY || first == JsonToken.START_OBJECT
                    && parser.currentToken() == JsonToken.START_ARRAY) {
                lines = false;
            } else {
                throw new ImportFailedException(new Message("import.error.notJsonArray", file.toString()),
                        "JSON import file holds no array of objects");
            }
        } catch (JsonProcessingException e) {
            counter.close();
            throw malformed(e);
        } catch (IOException | RuntimeException e) {
            counter.close();
            throw e;
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.JSON;
    }

    @Override
    public String charset() {
        return "UTF-8";
    }

    @Override
    public char delimiter() {
        return 0;
    }

    @Override
    public List<String> headers() {
        return Collections.unmodifiableList(headers);
    }

    @Override
    public RawRow next() {
        try {
            if (firstOpen) {
                firstOpen = false;
                return new RawRow(1, readObject(parser.currentTokenLocation().getLineNr(), true));
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY && !lines || token == null) {
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                throw new ImportFailedException(new Message("import.error.jsonNotObject", file.toString(),
                        String.valueOf(line)), "JSON array element on line " + line + " is not an object");
            }
            return new RawRow(line, readObject(line, false));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }

    /** @param started the parser is on the value of the object's first member already */
    private List<String> readObject(long line, boolean started) throws IOException {
        List<String> cells = new ArrayList<>(headers.size() + 2);
        long chars = 0;
        boolean onValue = started;
        while (onValue || parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName().strip();
            JsonToken value = onValue ? parser.currentToken() : parser.nextToken();
            onValue = false;
            String text;
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                text = nestedText(line);
            } else {
                text = value == JsonToken.VALUE_NULL ? "" : parser.getValueAsString("");
            }
            chars += text.length();
            if (chars > CsvRecordReader.MAX_RECORD_CHARS) {
                throw tooLarge("import.error.rowTooLong", line, CsvRecordReader.MAX_RECORD_CHARS);
            }
            if (!columns.containsKey(key) && headers.size() == CsvRecordReader.MAX_COLUMNS) {
                throw tooLarge("import.error.tooManyColumns", line, CsvRecordReader.MAX_COLUMNS);
            }
            int column = columns.computeIfAbsent(key, k -> {
                headers.add(k);
                return headers.size() - 1;
            });
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text);
        }
        return cells;
    }

    /** A nested value as compact JSON text, copied token by token and refused once it is too long. */
    private String nestedText(long line) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            int depth = 0;
            do {
                generator.copyCurrentEvent(parser);
                JsonToken token = parser.currentToken();
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth > 0 && text.getBuffer().length() > CsvRecordReader.MAX_FIELD_CHARS) {
                    throw tooLarge("import.error.valueTooLong", line, CsvRecordReader.MAX_FIELD_CHARS);
                }
            } while (depth > 0 && parser.nextToken() != null);
        }
        if (text.getBuffer().length() > CsvRecordReader.MAX_FIELD_CHARS) {
            throw tooLarge("import.error.valueTooLong", line, CsvRecordReader.MAX_FIELD_CHARS);
        }
        return text.toString();
    }

    private ImportFailedException tooLarge(String key, long line, int limit) {
        return new ImportFailedException(new Message(key, file.toString(), String.valueOf(line), String.valueOf(limit)),
                "JSON lead on line " + line + " goes beyond a limit (" + key + ")");
    }

    /**
     * Jackson's own message quotes the offending text, which may be a customer's name or number: the
     * log gets only where and what kind of error, never the cause's message.
     */
    private ImportFailedException malformed(JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String key = e instanceof StreamConstraintsException ? "import.error.jsonTooLarge" : "import.error.malformedJson";
        return new ImportFailedException(new Message(key, file.toString(), String.valueOf(line)),
                "Malformed JSON at line " + line + ", column " + column + " (" + e.getClass().getSimpleName() + ")");
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        try {
            parser.close();
            counter.close();
        } catch (IOException e) {
            throw FileSniffer.unreadable(file, e);
        }
    }
}
