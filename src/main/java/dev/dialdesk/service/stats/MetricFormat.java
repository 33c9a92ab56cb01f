package dev.dialdesk.service.stats;

import dev.dialdesk.domain.i18n.Messages;
import java.text.NumberFormat;
import java.util.Locale;

/** Shows a metric the same way on the screen, in the morning report and in the CLI table. */
public final class MetricFormat {

    private final Messages messages;
    private final NumberFormat integers;

    public MetricFormat(Messages messages) {
        this.messages = messages;
        this.integers = NumberFormat.getIntegerInstance(messages.locale());
    }

    public String format(StatsColumn column, AgentMetrics metrics) {
        return format(column.kind(), column.valueOf(metrics));
    }

    public String format(StatsColumn.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case COUNT -> integers.format(((Number) value).longValue());
            case RATIO -> percent(((Number) value).doubleValue());
            case DURATION -> duration(((Number) value).longValue());
            case WON -> won(((Number) value).longValue());
        };
    }

    public String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** Seconds as h:mm:ss. */
    public static String duration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public String won(long won) {
        return messages.get("stats.format.won", integers.format(won));
    }

    public String count(long value) {
        return integers.format(value);
    }
}
