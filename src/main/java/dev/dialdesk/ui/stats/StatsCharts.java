package dev.dialdesk.ui.stats;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.stats.StatsReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import javax.swing.UIManager;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The dashboard's three charts (JFreeChart): dials and contracts per day, contact rate by hour of
 * day, premium against target. Colours are theme keys ({@code Dialdesk.chart.*}); fonts are the UI's
 * default font, so that Hangul renders in titles, axes and legends.
 */
final class StatsCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final Messages messages;

    StatsCharts(Messages messages) {
        this.messages = messages;
    }

    ChartPanel panel(String name) {
        ChartPanel panel = new ChartPanel(null, false, false, false, false, false);
        panel.setName(name);
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        return panel;
    }

    JFreeChart daily(StatsReport report) {
        DefaultCategoryDataset dials = new DefaultCategoryDataset();
        DefaultCategoryDataset contracts = new DefaultCategoryDataset();
        for (StatsReport.DayPoint day : report.daily()) {
            String key = DAY.format(day.day());
            dials.addValue(day.dials(), messages.get("stats.chart.dials"), key);
            contracts.addValue(day.contracts(), messages.get("stats.chart.contracts"), key);
        }
        CategoryPlot plot = new CategoryPlot(dials, new CategoryAxis(), new NumberAxis(messages.get("stats.chart.dials")),
                bars(color("Dialdesk.chart.dials")));
        plot.setDataset(1, contracts);
        plot.setRangeAxis(1, new NumberAxis(messages.get("stats.chart.contracts")));
        for (int i = 0; i < 2; i++) {
            NumberAxis counts = (NumberAxis) plot.getRangeAxis(i);
            counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            counts.setAutoRangeMinimumSize(1); // an empty range shows 0 to 1, not a column of zeros
        }
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line(color("Dialdesk.chart.contracts")));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (report.daily().size() > 14) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        return chart("stats.chart.daily", plot);
    }

    JFreeChart hourly(StatsReport report) {
        DefaultCategoryDataset rate = new DefaultCategoryDataset();
        for (StatsReport.HourPoint hour : report.byHourOfDay()) {
            if (hour.hour() >= 8 && hour.hour() <= 21 || hour.dials() > 0) {
                rate.addValue(hour.contactRate() * 100, messages.get("stats.chart.contactRate"), Integer.valueOf(hour.hour()));
            }
        }
        NumberAxis axis = new NumberAxis(messages.get("stats.chart.contactRate") + " (%)");
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setRange(0, 100); // a rate: always the whole scale, so days compare at a glance
        CategoryPlot plot = new CategoryPlot(rate, new HourAxis(messages.get("stats.chart.hour")), axis,
                bars(color("Dialdesk.chart.contactRate")));
        return chart("stats.chart.hourly", plot);
    }

    JFreeChart premium(StatsReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String sold = messages.get("stats.chart.premiumSold");
        String target = messages.get("stats.chart.target");
        report.agents().stream().limit(15).forEach(agent -> {
            data.addValue(agent.premiumWon(), sold, agent.name());
            data.addValue(agent.premiumTargetWon(), target, agent.name());
        });
        BarRenderer renderer = bars(color("Dialdesk.chart.premium"));
        renderer.setSeriesPaint(1, color("Dialdesk.chart.target"));
        NumberAxis axis = new NumberAxis(messages.get("stats.column.PREMIUM"));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        axis.setAutoRangeMinimumSize(10_000); // no sales yet: a readable won scale, not repeated zeros
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart("stats.chart.premium", plot);
        chart.setPadding(endRoom(axis, data));
        return chart;
    }

    /**
     * Room on the right for the last won label of the horizontal axis ("100,000" is centred on the plot's
     * edge and would be cut in half): half its width in the axis' font, plus a little.
     */
    private static org.jfree.chart.ui.RectangleInsets endRoom(NumberAxis axis, DefaultCategoryDataset data) {
        double top = axis.getAutoRangeMinimumSize();
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                top = Math.max(top, value == null ? 0 : value.doubleValue());
            }
        }
        String widest = new DecimalFormat("#,##0").format(top * (1 + axis.getUpperMargin()) * 1.25);
        java.awt.Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB)
                .createGraphics();
        try {
            double half = g.getFontMetrics(axis.getTickLabelFont()).stringWidth(widest) / 2.0;
            return new org.jfree.chart.ui.RectangleInsets(2, 2, 2, half + 4);
        } finally {
            g.dispose();
        }
    }

    private BarRenderer bars(Color color) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, color);
        return renderer;
    }

    private static LineAndShapeRenderer line(Color color) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return renderer;
    }

    /** A chart styled from the theme: background, grid, text colour and the UI's font. */
    private JFreeChart chart(String titleKey, CategoryPlot plot) {
        Font font = UIManager.getFont("Label.font");
        Font base = font != null ? font : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Color text = orDefault(UIManager.getColor("Label.foreground"), Color.DARK_GRAY);
        Color background = orDefault(UIManager.getColor("Panel.background"), Color.WHITE);
        plot.setBackgroundPaint(color("Dialdesk.chart.plotBackground"));
        plot.setRangeGridlinePaint(color("Dialdesk.chart.grid"));
        plot.setOutlineVisible(false);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i), base, text);
        }
        style(plot.getDomainAxis(), base, text);
        JFreeChart chart = new JFreeChart(null, base, plot, plot.getDatasetCount() > 1
                || plot.getDataset().getRowCount() > 1);
        TextTitle title = new TextTitle(messages.get(titleKey), base.deriveFont(Font.BOLD, base.getSize2D() + 1));
        title.setPaint(text);
        chart.setTitle(title);
        chart.setBackgroundPaint(background);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(base);
            legend.setItemPaint(text);
            legend.setBackgroundPaint(background);
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static void style(org.jfree.chart.axis.Axis axis, Font font, Color text) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font);
        axis.setTickLabelFont(font.deriveFont(font.getSize2D() - 1));
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(text);
    }

    private static Color color(String key) {
        return orDefault(UIManager.getColor(key), Color.GRAY);
    }

    private static Color orDefault(Color color, Color fallback) {
        return color != null ? color : fallback;
    }

    /**
     * The hours under the hourly chart: where the chart is too narrow for every hour, every second,
     * third or sixth is written whole (never a row of "…").
     */
    static final class HourAxis extends CategoryAxis {

        HourAxis(String label) {
            super(label);
        }

        @Override
        protected org.jfree.chart.text.TextBlock createLabel(Comparable category, float width,
                                                            org.jfree.chart.ui.RectangleEdge edge, java.awt.Graphics2D g2) {
            g2.setFont(getTickLabelFont(category));
            float needed = g2.getFontMetrics().stringWidth("22") + 6f;
            int step = 1;
            for (int candidate : new int[] {1, 2, 3, 6}) {
                step = candidate;
                if (width * candidate >= needed) {
                    break;
                }
            }
            int hour = category instanceof Number n ? n.intValue() : 0;
            return hour % step == 0 ? super.createLabel(category, width * step, edge, g2) : new org.jfree.chart.text.TextBlock();
        }
    }
}
