package dev.dialdesk.ui.common;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import javax.swing.table.TableModel;

/**
 * The widest of a run of texts by a width ("부산 해운대구" over "서울"), for fitting a column to its texts
 * without rendering a cell ({@link TableFit#textsWhole}): each text measured once. Offer the texts one by
 * one, or take the widest of {@code count} at once with {@link #of}.
 */
public final class WidestText {

    private final ToIntFunction<String> width;
    private String widest = "";
    private int most = -1;

    public WidestText(ToIntFunction<String> width) {
        this.width = width;
    }

    /** The widest of texts {@code 0} to {@code count - 1} ("" for none; null texts count as ""). */
    public static String of(int count, IntFunction<String> text, ToIntFunction<String> width) {
        WidestText widest = new WidestText(width);
        for (int i = 0; i < count; i++) {
            widest.offer(text.apply(i));
        }
        return widest.text();
    }

    /**
     * The widest text of a model's column over every row ({@code String.valueOf} of each value, none for
     * null), or null for a column of check boxes (its header alone sets its width).
     */
    public static String ofColumn(TableModel model, int column, ToIntFunction<String> width) {
        if (model.getColumnClass(column) == Boolean.class) {
            return null;
        }
        return of(model.getRowCount(), row -> {
            Object value = model.getValueAt(row, column);
            return value == null ? "" : value.toString();
        }, width);
    }

    /** Keeps {@code text} if it is wider than every text offered so far. */
    public void offer(String text) {
        String offered = text == null ? "" : text;
        int offeredWidth = width.applyAsInt(offered);
        if (offeredWidth > most) {
            most = offeredWidth;
            widest = offered;
        }
    }

    /** The widest text offered ("" for none). */
    public String text() {
        return widest;
    }
}
