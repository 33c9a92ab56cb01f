package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractSummary;
import dev.dialdesk.ui.common.WidestText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.swing.table.AbstractTableModel;

/** The contracts table: texts from the model; the countdown column holds {@link CountdownCell}s. */
public final class ContractsTableModel extends AbstractTableModel {

    // The QA columns first: what is at stake (the re-recording deadline, a returned sale) stays in view
    // in a narrow window, where the table scrolls sideways to keep every text whole.
    public static final int CUSTOMER = 0;
    public static final int STATE = 1;
    public static final int COUNTDOWN = 2;
    public static final int DEADLINE = 3;
    public static final int PRODUCT = 4;
    public static final int PREMIUM = 5;
    public static final int CONTRACT_DATE = 6;
    public static final int COOLING_OFF = 7;
    public static final int HAPPY_CALL = 8;

    private static final String[] COLUMN_KEYS = {"customer", "state", "countdown", "deadline", "product", "premium",
        "contractDate", "coolingOff", "happyCall"};
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dayTime;

    private final ContractsModel model;
    private final Messages messages;
    private final java.time.Clock clock;

    public ContractsTableModel(ContractsModel model, Messages messages, java.time.Clock clock) {
        this.model = model;
        this.messages = messages;
        this.dateTime = DayTime.dateAndTime(messages);
        this.dayTime = DayTime.dayAndTime(messages);
        this.clock = clock;
    }

    @Override
    public int getRowCount() {
        return model.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMN_KEYS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.get("contracts.column." + COLUMN_KEYS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == COUNTDOWN ? CountdownCell.class : String.class;
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        ContractSummary row = model.row(rowIndex);
        Contract c = row.contract();
        return switch (column) {
            case CUSTOMER -> row.customerName();
            case PRODUCT -> c.sale().product();
            case PREMIUM -> premium(c.sale().premiumWon());
            case CONTRACT_DATE -> c.sale().contractAt().atZone(c.sale().zone()).format(dateTime);
            case STATE -> messages.get(c.state().labelKey());
            case DEADLINE -> c.state().hasEnded() && c.state() != dev.dialdesk.domain.contracts.QaState.RETURNED
                    ? "" : row.deadline().format(dayTime);
            case COUNTDOWN -> model.cell(rowIndex);
            case COOLING_OFF -> coolingOff(row);
            case HAPPY_CALL -> messages.get(c.afterSale().happyCall().labelKey());
            default -> throw new IllegalArgumentException("column " + column);
        };
    }

    /**
     * Each column's widest text over every contract (null for the countdowns), in one pass over the rows: a
     * formatted text (a state, a date, a premium, a cooling-off period) is formatted once per distinct value
     * it is made from, not once per row.
     */
    public String[] widestTexts(java.util.function.ToIntFunction<String> width) {
        WidestText[] widest = new WidestText[COLUMN_KEYS.length];
        java.util.List<java.util.Set<Object>> formatted = new java.util.ArrayList<>();
        for (int column = 0; column < widest.length; column++) {
            widest[column] = new WidestText(width);
            formatted.add(new java.util.HashSet<>());
        }
        for (int row = 0; row < model.size(); row++) {
            ContractSummary summary = model.row(row);
            Contract c = summary.contract();
            widest[CUSTOMER].offer(summary.customerName());
            widest[PRODUCT].offer(c.sale().product());
            offerOnce(widest, formatted, row, STATE, c.state());
            offerOnce(widest, formatted, row, HAPPY_CALL, c.afterSale().happyCall());
            offerOnce(widest, formatted, row, PREMIUM, c.sale().premiumWon());
            offerOnce(widest, formatted, row, CONTRACT_DATE,
                    java.util.Arrays.asList(c.sale().contractAt(), c.sale().zone()));
            offerOnce(widest, formatted, row, DEADLINE, java.util.Arrays.asList(c.state(), summary.deadline()));
            offerOnce(widest, formatted, row, COOLING_OFF, java.util.Arrays.asList(summary.coolingOffLastDay(),
                    summary.seniorWindow(), c.sale().zone()));
        }
        String[] texts = new String[widest.length];
        for (int column = 0; column < texts.length; column++) {
            texts[column] = column == COUNTDOWN ? null : widest[column].text();
        }
        return texts;
    }

    /** Offers the row's text of {@code column} when no row whose text is made from the same {@code inputs} was. */
    private void offerOnce(WidestText[] widest, java.util.List<java.util.Set<Object>> formatted, int row, int column,
                           Object inputs) {
        if (formatted.get(column).add(inputs)) {
            widest[column].offer(String.valueOf(getValueAt(row, column)));
        }
    }

    /** "₩35,000" in the bundle's number format. */
    public String premium(long won) {
        return messages.get("contracts.premium", won);
    }

    private String coolingOff(ContractSummary row) {
        LocalDate last = row.coolingOffLastDay();
        LocalDate today = clock.instant().atZone(row.contract().sale().zone()).toLocalDate();
        if (last.isBefore(today)) {
            return messages.get("contracts.coolingOff.closed", last.toString());
        }
        return messages.get(row.seniorWindow() ? "contracts.coolingOff.openSenior" : "contracts.coolingOff.open",
                last.toString());
    }

    /** The countdown column changed (the minute tick). */
    public void countdownsChanged() {
        if (getRowCount() > 0) {
            fireTableChanged(new javax.swing.event.TableModelEvent(this, 0, getRowCount() - 1, COUNTDOWN));
        }
    }
}
