package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.ReturnCall;
import java.util.List;
import java.util.Optional;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

/** The four tables of the cases screen and their models; selections survive a reload by id. */
public final class CaseTables {

    final ListTableModel<AgendaItem> todayRows;
    final ListTableModel<FollowUpCase> caseRows;
    final ListTableModel<CaseStep> stepRows;
    final ListTableModel<ReturnCall> inboxRows;
    final JTable today;
    final JTable cases;
    final JTable steps;
    final JTable inbox;
    private final CaseTexts texts;
    private CasesSnapshot snapshot;

    CaseTables(CaseTexts texts) {
        this.texts = texts;
        todayRows = new ListTableModel<>(List.of(
                col("cases.col.due", i -> texts.when(i.dueAt())),
                col("cases.col.source", i -> texts.get("cases.source." + i.source().name())),
                col("cases.col.who", AgendaItem::who),
                col("cases.col.what", AgendaItem::what)));
        caseRows = new ListTableModel<>(List.of(
                col("cases.col.id", c -> c.id()),
                col("cases.col.state", texts::state),
                col("cases.col.title", FollowUpCase::title),
                col("cases.col.customer", FollowUpCase::customerName),
                col("cases.col.promise", c -> c.promise() == null || !c.state().isOpen() ? "" : texts.countdown(c.promise()))));
        stepRows = new ListTableModel<>(List.of(
                col("cases.col.position", CaseStep::position),
                col("cases.col.party", s -> texts.party(s.party())),
                col("cases.col.question", CaseStep::question),
                col("cases.col.due", s -> texts.when(s.dueAt())),
                col("cases.col.state", texts::stepState),
                col("cases.col.answer", s -> s.answer() == null ? "" : s.answer())));
        inboxRows = new ListTableModel<>(List.of(
                col("cases.col.number", r -> r.phone().national()),
                col("cases.col.count", ReturnCall::count),
                col("cases.col.age", texts::age),
                col("cases.col.match", r -> texts.get("cases.match." + r.match().kind().name())),
                col("cases.col.who", ReturnCall::name)));
        today = table("cases.todayTable", todayRows);
        cases = table("cases.casesTable", caseRows);
        steps = table("cases.stepsTable", stepRows);
        inbox = table("cases.inboxTable", inboxRows);
    }

    private <T> ListTableModel.Column<T> col(String key, java.util.function.Function<T, Object> value) {
        return new ListTableModel.Column<>(texts.get(key), value);
    }

    private static JTable table(String name, ListTableModel<?> model) {
        JTable table = new JTable(model);
        table.setName(name);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        dev.dialdesk.ui.common.TableFit.headersWhole(table); // the table scrolls sideways, headers whole
        return table;
    }

    List<JTable> all() {
        return List.of(today, cases, steps, inbox);
    }

    void show(CasesSnapshot loaded) {
        snapshot = loaded;
        Long keepCase = selected(cases, caseRows).map(FollowUpCase::id).orElse(null);
        Long keepItem = selected(today, todayRows).map(AgendaItem::sourceId).orElse(null);
        todayRows.show(loaded.today());
        caseRows.show(loaded.cases());
        inboxRows.show(loaded.returnCalls());
        reselect(today, todayRows.rows().stream().map(AgendaItem::sourceId).toList(), keepItem);
        selectCase(keepCase != null ? keepCase : loaded.cases().stream().filter(c -> c.state().isOpen())
                .map(FollowUpCase::id).findFirst().orElse(-1L));
        if (inbox.getSelectedRow() < 0 && inboxRows.getRowCount() > 0) {
            inbox.setRowSelectionInterval(0, 0);
        }
    }

    void selectCase(long caseId) {
        reselect(cases, caseRows.rows().stream().map(FollowUpCase::id).toList(), caseId);
        showSteps(selected(cases, caseRows).orElse(null));
    }

    void showSteps(FollowUpCase c) {
        Integer keep = selected(steps, stepRows).map(CaseStep::position).orElse(null);
        stepRows.show(c == null ? List.of() : c.steps());
        Integer next = c == null ? null : ChainRules.next(c).or(() -> ChainRules.ready(c).stream().findFirst())
                .map(CaseStep::position).orElse(null);
        Integer wanted = keep != null && stepRows.rows().stream().anyMatch(s -> s.position() == keep
                && s.state().isOpen()) ? keep : next;
        reselect(steps, stepRows.rows().stream().map(s -> (long) s.position()).toList(),
                wanted == null ? null : wanted.longValue());
    }

    private static void reselect(JTable table, List<Long> ids, Long wanted) {
        int index = wanted == null ? -1 : ids.indexOf(wanted);
        if (index < 0 && !ids.isEmpty() && table.getSelectedRow() < 0) {
            index = 0;
        }
        if (index >= 0) {
            table.setRowSelectionInterval(index, index);
        } else if (ids.isEmpty()) {
            table.clearSelection();
        }
    }

    static <T> Optional<T> selected(JTable table, ListTableModel<T> model) {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.getRowCount() ? Optional.empty() : Optional.of(model.row(row));
    }

    Urgency todayUrgency(int row) {
        return snapshot == null ? null : todayRows.row(row).urgency(snapshot.now(), snapshot.zone());
    }

    Urgency stepUrgency(int row) {
        CaseStep step = stepRows.row(row);
        if (!step.state().isOpen()) {
            return Urgency.DONE;
        }
        return snapshot != null && step.dueAt().isBefore(snapshot.now()) ? Urgency.DUE : null;
    }
}
