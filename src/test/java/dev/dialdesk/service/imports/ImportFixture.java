package dev.dialdesk.service.imports;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.leads.ExcelCsvWriter;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import dev.dialdesk.testing.TestClocks;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A real import service on a real SQLite file in a temp folder, with a fixed clock in Seoul. */
public final class ImportFixture implements AutoCloseable {

    public static final AgentId AGENT = new AgentId("A1024");
    public static final Clock CLOCK = TestClocks.seoul("2026-11-20T09:00");

    public final Path dir;
    public final SqliteDatabase database;
    public final DefaultLeadImportService service;
    public final Messages english = Messages.forLocale(Locale.ENGLISH);

    public ImportFixture(Path dir) {
        this.dir = dir;
        this.database = SqliteDatabase.open(dir.resolve("leads.db"));
        this.service = new DefaultLeadImportService(new LeadFiles(), new JdbcLeadImportSink(database, CLOCK, 100_000),
                new ExcelCsvWriter(), Settings.inMemory(), english, CLOCK);
    }

    public Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    public Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    public ImportReport importFile(Path file) {
        return service.importFile(new ImportRequest(file, AGENT, null, null), ImportProgress.NONE);
    }

    public long count(String table) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Every row of every table as text: equal dumps mean an unchanged database. */
    public List<String> dump() {
        return database.read(connection -> {
            List<String> rows = new ArrayList<>();
            for (String table : List.of("agent", "lead_batch", "lead", "import_issue")) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
            return rows;
        });
    }

    /** The value of one column of the lead with this E.164 number. */
    public String leadColumn(String e164, String column) {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement("SELECT " + column + " FROM lead WHERE phone = ?")) {
                statement.setString(1, e164);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
