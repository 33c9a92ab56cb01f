package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link HolidayStore} contract (the centre's public holidays), run on every engine. */
public abstract class HolidayStoreContract {

    private static final LocalDate SAMILJEOL = LocalDate.parse("2026-03-01");
    private static final LocalDate CHUSEOK = LocalDate.parse("2026-09-25");
    private static final LocalDate CHRISTMAS = LocalDate.parse("2026-12-25");

    @TempDir
    Path dir;
    private StoreEngine engine;
    private HolidayStore holidays;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        holidays = engine.holidays();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aNewDatabaseHasNoHolidays() {
        assertThat(holidays.all()).isEmpty();
    }

    @Test
    void addingCountsOnlyNewDaysAndEveryDayIsListedInDateOrder() {
        Map<LocalDate, String> first = new LinkedHashMap<>();
        first.put(CHRISTMAS, "성탄절");
        first.put(SAMILJEOL, "삼일절");
        assertThat(holidays.addAll(first, "import:2026.ics")).isEqualTo(2);

        Map<LocalDate, String> second = new LinkedHashMap<>();
        second.put(SAMILJEOL, "삼일절");
        second.put(CHUSEOK, null);
        assertThat(holidays.addAll(second, "manual")).isEqualTo(1);

        assertThat(holidays.all()).containsExactly(SAMILJEOL, CHUSEOK, CHRISTMAS);
    }
}
