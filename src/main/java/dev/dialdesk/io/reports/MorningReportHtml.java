package dev.dialdesk.io.reports;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsColumn;
import dev.dialdesk.service.stats.StatsReport;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The morning report (아침 조회) as one self-contained, printable HTML page: key figures, QA cases by
 * days left, and the agents' table with the team total. No scripts, no external files.
 */
final class MorningReportHtml {

    /** The columns that fit one landscape page. */
    private static final List<StatsColumn> COLUMNS = List.of(StatsColumn.RANK, StatsColumn.NAME, StatsColumn.DIALS,
            StatsColumn.CONTACTS, StatsColumn.CONTACT_RATE, StatsColumn.TALK_SECONDS, StatsColumn.CONTRACTS,
            StatsColumn.PREMIUM, StatsColumn.CONVERSION, StatsColumn.WITHDRAWALS, StatsColumn.CALLBACKS_MISSED,
            StatsColumn.QA_OPEN, StatsColumn.QA_EXPIRED, StatsColumn.DAYS_WITHOUT_CONTRACT, StatsColumn.TARGET_PROGRESS);

    private final Messages messages;
    private final MetricFormat format;

    MorningReportHtml(Messages messages) {
        this.messages = messages;
        this.format = new MetricFormat(messages);
    }

    String render(StatsReport report) {
        StringBuilder html = new StringBuilder(8192);
        String title = messages.get("stats.morning.title");
        String generated = OffsetDateTime.ofInstant(report.generatedAt(), report.zone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(messages.locale().getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(esc(title)).append(' ').append(esc(report.range().toString()))
                .append("</title>\n<style>\n")
                .append("@page { size: A4 landscape; margin: 12mm; }\n")
                .append("body { font-family: 'Malgun Gothic', 'Apple SD Gothic Neo', 'NanumGothic', sans-serif; font-size: 10pt; }\n")
                .append("h1 { font-size: 16pt; margin: 0 0 4px; } h2 { font-size: 12pt; margin: 14px 0 4px; } .meta { color: #555; margin-bottom: 10px; }\n")
                .append(".figures { display: flex; gap: 10px; margin-bottom: 10px; }\n")
                .append(".figure { border: 1px solid #ccc; padding: 4px 10px; } .figure b { display: block; font-size: 13pt; }\n")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #bbb; padding: 2px 5px; }\n")
                .append("td.n { text-align: right; } tr.team td { font-weight: bold; background: #eee; }\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<div class=\"meta\">")
                .append(esc(messages.get("stats.morning.meta", report.range().from().toString(),
                        report.range().to().toString(), report.agents().size(), generated)))
                .append("</div>\n");
        figures(html, report);
        table(html, report);
        new FloorReportHtml(messages).render(html, report);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void figures(StringBuilder html, StatsReport report) {
        AgentMetrics team = report.team();
        html.append("<div class=\"figures\">\n");
        figure(html, "stats.column.DIALS", format.count(team.dials()));
        figure(html, "stats.column.CONTACT_RATE", format.percent(team.contactRate()));
        figure(html, "stats.column.CONTRACTS", format.count(team.contracts()));
        figure(html, "stats.column.PREMIUM", format.won(team.premiumWon()));
        figure(html, "stats.column.WITHDRAWALS", format.count(team.withdrawals()));
        figure(html, "stats.column.CALLBACKS_MISSED", format.count(team.callbacksMissed()));
        int[] open = report.qa().openByDaysLeft();
        StringBuilder qa = new StringBuilder();
        for (int i = 0; i < open.length; i++) {
            qa.append(i == 0 ? "" : " · ").append(messages.get(i == open.length - 1 ? "stats.qa.daysLeftOrMore" : "stats.qa.daysLeft", i))
                    .append(' ').append(open[i]);
        }
        figure(html, "stats.qa.open", qa.toString());
        figure(html, "stats.column.QA_EXPIRED", format.count(report.qa().expired()));
        html.append("</div>\n");
    }

    private void figure(StringBuilder html, String labelKey, String value) {
        html.append("<div class=\"figure\">").append(esc(messages.get(labelKey))).append("<b>").append(esc(value))
                .append("</b></div>\n");
    }

    private void table(StringBuilder html, StatsReport report) {
        html.append("<table>\n<thead><tr>");
        for (StatsColumn column : COLUMNS) {
            html.append("<th>").append(esc(messages.get(column.labelKey()))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (AgentMetrics agent : report.agents()) {
            row(html, agent, "");
        }
        row(html, report.team(), " class=\"team\"");
        html.append("</tbody>\n</table>\n");
    }

    private void row(StringBuilder html, AgentMetrics metrics, String attributes) {
        html.append("<tr").append(attributes).append('>');
        for (StatsColumn column : COLUMNS) {
            String text = metrics.isTeam() && column == StatsColumn.NAME ? messages.get("stats.team")
                    : format.format(column, metrics);
            html.append(column.kind() == StatsColumn.Kind.TEXT ? "<td>" : "<td class=\"n\">").append(esc(text))
                    .append("</td>");
        }
        html.append("</tr>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
