package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.ui.common.TableFit;
import dev.dialdesk.ui.common.WidestText;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/**
 * Keeps every text of the lead list whole ("부산 해운대구", "예약콜 · 시간 미정", never "부산 해…"): each shown
 * column as wide as its header and its widest text over the whole list (a search does not move them), the
 * phone never narrower than a whole national number and the status than every status; where that is wider
 * than the window, the table scrolls sideways ({@link TableFit#textsWhole}). Measured with the table's font
 * over the list's texts, no cell read. On the event thread.
 */
final class LeadColumnFit {

    private final JTable table;
    private final LeadTableModel model;
    /** The texts a column is never narrower than. */
    private final Map<LeadColumn, String> floors = new EnumMap<>(LeadColumn.class);
    /** Each shown column's widest text at the last fit. */
    private final Map<LeadColumn, String> widest = new EnumMap<>(LeadColumn.class);
    /** The list the columns were last fitted to. */
    private LeadSnapshot fitted;

    LeadColumnFit(JTable table, LeadTableModel model, Messages messages) {
        this.table = table;
        this.model = model;
        FontMetrics metrics = metrics();
        floors.put(LeadColumn.PHONE, "010-0000-0000");
        List<String> statuses = new ArrayList<>(LeadTableModel.noAnswerApart(messages).values());
        for (LeadStatus status : LeadStatus.values()) {
            statuses.add(messages.get(status.messageKey()));
        }
        floors.put(LeadColumn.STATUS, WidestText.of(statuses.size(), statuses::get, metrics::stringWidth));
    }

    /** Fits every shown column to the whole list (its texts changed: marks, a column shown). */
    void all() {
        FontMetrics metrics = metrics();
        widest.clear();
        TableFit.textsWhole(table, tableColumn -> {
            LeadColumn column = column(tableColumn);
            String text = wider(metrics, model.widestText(column, metrics::stringWidth), floors.getOrDefault(column, ""));
            widest.put(column, text);
            return text;
        });
    }

    /** A new list is shown: fits to it (the same list filtered by a search keeps its widths). */
    void shown(LeadSnapshot snapshot) {
        if (snapshot != fitted) {
            fitted = snapshot;
            all();
        }
    }

    /** One lead changed: a column whose widest text its row now beats is widened; the rest is not measured. */
    void rowChanged(int snapshotRow) {
        FontMetrics metrics = metrics();
        boolean widened = false;
        for (Map.Entry<LeadColumn, String> column : widest.entrySet()) {
            String text = model.text(snapshotRow, column.getKey());
            if (metrics.stringWidth(text) > metrics.stringWidth(column.getValue())) {
                column.setValue(text);
                widened = true;
            }
        }
        if (widened) {
            TableFit.textsWhole(table, tableColumn -> widest.get(column(tableColumn)));
        }
    }

    private FontMetrics metrics() {
        return table.getFontMetrics(table.getFont());
    }

    private static LeadColumn column(TableColumn tableColumn) {
        return LeadColumn.valueOf(String.valueOf(tableColumn.getIdentifier()));
    }

    private static String wider(FontMetrics metrics, String a, String b) {
        return metrics.stringWidth(a) >= metrics.stringWidth(b) ? a : b;
    }
}
