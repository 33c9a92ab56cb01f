package dev.dialdesk.io.reports;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.service.stats.FloorFigures;
import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsReport;
import java.util.List;

/**
 * The morning report's section of the floor's numbers: what is at risk today, what became of each
 * outcome per agent and team, and the team's best contact hours.
 */
final class FloorReportHtml {

    private final Messages messages;
    private final MetricFormat format;

    FloorReportHtml(Messages messages) {
        this.messages = messages;
        this.format = new MetricFormat(messages);
    }

    void render(StringBuilder html, StatsReport report) {
        FloorFigures floor = report.floor();
        html.append("<h2>").append(MorningReportHtml.esc(messages.get("rules.report.title"))).append("</h2>\n<div class=\"figures\">\n");
        figure(html, messages.get("rules.report.qaAtRisk"), messages.get("rules.dashboard.qaAtRisk", floor.qaAtRiskToday()));
        figure(html, messages.get("rules.report.withdrawalAtRisk"), format.count(floor.withdrawalAtRisk()));
        figure(html, messages.get("rules.report.bestHours"), bestHours(floor.teamHours()));
        html.append("</div>\n<table>\n<thead><tr><th>").append(MorningReportHtml.esc(messages.get("stats.column.NAME"))).append("</th>");
        for (OutcomeFates.Kind kind : OutcomeFates.Kind.values()) {
            html.append("<th>").append(MorningReportHtml.esc(messages.get("rules.fates." + kind.name()))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (AgentMetrics agent : report.agents()) {
            row(html, agent.name(), floor, agent.agent(), "");
        }
        row(html, messages.get("stats.team"), floor, null, " class=\"team\"");
        html.append("</tbody>\n</table>\n<div class=\"meta\">").append(MorningReportHtml.esc(messages.get("rules.report.fatesHelp")))
                .append("</div>\n");
    }

    private void row(StringBuilder html, String name, FloorFigures floor, AgentId agent, String attributes) {
        html.append("<tr").append(attributes).append("><td>").append(MorningReportHtml.esc(name)).append("</td>");
        for (OutcomeFates.Kind kind : OutcomeFates.Kind.values()) {
            OutcomeFates.Counts c = agent == null ? floor.fates().team(kind) : floor.fates().of(agent, kind);
            html.append("<td class=\"n\">").append(MorningReportHtml.esc(messages.get("rules.fates.cell", c.leads(), c.contracted7d(),
                    c.contracted30d(), c.lost()))).append("</td>");
        }
        html.append("</tr>\n");
    }

    /** "19:00 42% · 10:00 31%", or a dash without enough calls. */
    String bestHours(ContactHours hours) {
        List<ContactHours.Hour> best = hours.best(FloorJson.BEST_HOURS, FloorJson.BEST_HOURS_MIN_DIALS);
        if (best.isEmpty()) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        for (ContactHours.Hour hour : best) {
            text.append(text.length() == 0 ? "" : " · ").append(String.format("%02d:00 ", hour.hour()))
                    .append(format.percent(hour.rate()));
        }
        return text.toString();
    }

    private static void figure(StringBuilder html, String label, String value) {
        html.append("<div class=\"figure\">").append(MorningReportHtml.esc(label)).append("<b>").append(MorningReportHtml.esc(value)).append("</b></div>\n");
    }
}
