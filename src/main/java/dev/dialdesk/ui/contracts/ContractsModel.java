package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.contracts.ContractSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The contracts in memory with their countdown cells. The minute tick recomputes the cells of open QA
 * cases only, from the deadlines held here: no database, no allocation beyond the new cells.
 */
public final class ContractsModel {

    private List<ContractSummary> rows = List.of();
    private CountdownCell[] cells = new CountdownCell[0];
    private int[] openRows = new int[0];

    /** Replaces the contracts (after a load) and computes every cell at {@code now}. */
    public void replace(List<ContractSummary> newRows, Instant now) {
        rows = List.copyOf(newRows);
        cells = new CountdownCell[rows.size()];
        int[] open = new int[rows.size()];
        int count = 0;
        for (int i = 0; i < cells.length; i++) {
            ContractSummary row = rows.get(i);
            cells[i] = CountdownCell.of(row.contract().state(), row.deadline(), now);
            if (cells[i].kind() == CountdownCell.Kind.OPEN) {
                open[count++] = i;
            }
        }
        openRows = java.util.Arrays.copyOf(open, count);
    }

    /**
     * Recomputes the open cases' countdowns at {@code now}.
     *
     * @return whether an open case is now past its deadline (it is due to be returned)
     */
    public boolean tick(Instant now) {
        boolean expired = false;
        for (int i : openRows) {
            ContractSummary row = rows.get(i);
            CountdownCell cell = CountdownCell.of(row.contract().state(), row.deadline(), now);
            cells[i] = cell;
            expired |= cell.expired();
        }
        return expired;
    }

    public int size() {
        return rows.size();
    }

    public ContractSummary row(int index) {
        return rows.get(index);
    }

    public CountdownCell cell(int index) {
        return cells[index];
    }

    /** Row of the contract with {@code id}, or -1. */
    public int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contract().id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Rows of the agent's open QA cases (all agents' when null), most urgent first. */
    public List<Integer> openCaseRows(AgentId agent) {
        List<Integer> result = new ArrayList<>();
        for (int i : openRows) {
            Contract contract = rows.get(i).contract();
            if (agent == null || contract.agentId().equals(agent)) {
                result.add(i);
            }
        }
        result.sort(Comparator.comparing((Integer i) -> rows.get(i).contract().qa().deadline()));
        return result;
    }
}
