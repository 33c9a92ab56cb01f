package dev.dialdesk.sampledata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.app.bench.LeadDataGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code sample-data/leads-cp949.csv} and {@code sample-data/leads.json}: 540 realistic leads
 * with Korean headers, mixed phone forms, and a handful of broken and duplicate rows so that the
 * import report has something to show. Reproducible: run {@code main} from the project folder, and
 * {@code SampleDataTest} checks that the committed files are exactly what it writes.
 */
public final class SampleDataGenerator {

    public static final Charset CP949 = Charset.forName("x-windows-949");
    static final int ROWS = 540;
    static final long SEED = 2026_11_20L;
    static final List<String> JSON_KEYS = List.of("name", "phone", "birth_date", "gender", "region", "product",
            "source", "notes", "상담희망시간");

    private SampleDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        writeCsv(dir.resolve("leads-cp949.csv"));
        writeJson(dir.resolve("leads.json"));
    }

    /** The rows, with the deliberate problems put in at fixed positions. */
    static List<String[]> rows() {
        LeadDataGenerator generator = new LeadDataGenerator(SEED, 0.0);
        List<String[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(generator.next());
        }
        rows.get(40)[1] = "";                       // no phone
        rows.get(90)[1] = "010-12ab-5678";          // letters
        rows.get(150)[1] = "010-5970-1234";         // not a possible number
        rows.get(210)[1] = "1588";                  // far too short
        rows.get(260)[2] = "1975-02-30";            // a birth date that does not exist
        rows.get(300)[1] = rows.get(10)[1].replace("-", "");               // same number, written differently
        rows.get(350)[1] = rows.get(20)[1];                                // exact duplicate
        rows.get(30)[1] = "010-7777-1234";
        rows.get(400)[1] = "+82 10-7777-1234";      // duplicate of row 30, international form
        rows.get(450)[1] = "02-123-4567";           // Seoul landline
        rows.get(451)[1] = "(010)2345-6789";
        rows.get(452)[1] = "+82 10-2345-6789";      // duplicate of the line above
        return rows;
    }

    static void writeCsv(Path target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(target, CP949)) {
            LeadDataGenerator.writeRecord(out, LeadDataGenerator.HEADERS.toArray(String[]::new));
            for (String[] row : rows()) {
                LeadDataGenerator.writeRecord(out, row);
            }
        }
    }

    static void writeJson(Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator json = mapper.getFactory().createGenerator(target.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (String[] row : rows()) {
                json.writeStartObject();
                for (int i = 0; i < row.length; i++) {
                    if (!row[i].isEmpty()) {
                        json.writeStringField(JSON_KEYS.get(i), row[i]);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }
}
