package dev.dialdesk.ui.contracts;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.testing.ContractsFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contracts table's widest texts, found in one pass over the rows, against every cell read one by one. */
class ContractsTableModelTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void eachColumnsWidestTextIsTheWidestOfItsCellsOverFlaggedAndOpenSalesOfDifferentPremiums() {
        fx = new ContractsFixture(dir, "2012-11-24T18:20");
        ContractService service = fx.service();
        fx.contract(service, KIM, "2012-11-23T10:00");
        Contract flagged = fx.contract(service, KIM, "2012-11-21T10:00");
        service.requireReRecording(flagged.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        service.createFromCall(null, fx.lead(), KIM, "무배당 어린이보험 (갱신형, 20년 만기)", 1_250_000,
                fx.db.seoul("2012-11-10T15:30"), "AP-2", "");
        ContractsModel model = new ContractsModel();
        model.replace(service.list(false, null), fx.db.clock.instant());
        ContractsTableModel table = new ContractsTableModel(model, Messages.forLocale(Locale.ENGLISH), fx.db.clock);
        ToIntFunction<String> width = String::length;

        String[] widest = table.widestTexts(width);

        assertThat(widest[ContractsTableModel.COUNTDOWN]).as("the countdowns are drawn, not texts").isNull();
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (column == ContractsTableModel.COUNTDOWN) {
                continue;
            }
            int most = 0;
            for (int row = 0; row < table.getRowCount(); row++) {
                most = Math.max(most, width.applyAsInt(String.valueOf(table.getValueAt(row, column))));
            }
            assertThat(widest[column]).as(table.getColumnName(column)).hasSize(most);
        }
        assertThat(widest[ContractsTableModel.PRODUCT]).isEqualTo("무배당 어린이보험 (갱신형, 20년 만기)");
        assertThat(widest[ContractsTableModel.PREMIUM]).isEqualTo(table.premium(1_250_000));
    }
}
