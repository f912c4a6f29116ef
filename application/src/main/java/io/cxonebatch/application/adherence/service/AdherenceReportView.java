package io.cxonebatch.application.adherence.service;

import io.cxonebatch.application.adherence.port.in.AdherenceReport;
import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.adherence.AdherenceRow;
import io.cxonebatch.domain.adherence.DailyAdherence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A published date's report as files and summary. A campaign STRAYED when it dialled outside its planned window or
 * attempted calls outside its jurisdiction's calling hours; NO_DATA when CXone had no analytics for it (never shown as
 * 0 or 100 %). The HTML page is self-contained (inline style and SVG, no script, nothing fetched): a bar per campaign
 * of planned time against time dialled inside and outside the window, strays in red, then the table.
 */
final class AdherenceReportView implements AdherenceReport {

    static final List<String> COLUMNS = List.of("external_key", "campaign_id", "name", "timezone", "window_start",
            "window_end", "status", "planned_seconds", "dialled_inside_seconds", "dialled_outside_seconds", "adherence",
            "calls_attempted", "calls_connected", "calls_outside_calling_hours");
    /** Campaigns named on screen per kind; the files have them all. */
    static final int SHOWN = 20;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int BAR_WIDTH = 560;
    private static final int LABEL_WIDTH = 220;
    private static final int ROW_HEIGHT = 34;

    private final LocalDate date;
    private final ZoneId businessZone;
    private final List<AdherenceRow> rows;

    AdherenceReportView(LocalDate date, ZoneId businessZone, List<AdherenceRow> rows) {
        this.date = date;
        this.businessZone = businessZone;
        this.rows = List.copyOf(rows);
    }

    static String status(DailyAdherence figures) {
        return !figures.hasData() ? "NO_DATA" : figures.strayed() ? "STRAYED" : "ON_PLAN";
    }

    @Override
    public List<String> csvColumns() {
        return COLUMNS;
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> records = new ArrayList<>();
        for (AdherenceRow row : rows) {
            DailyAdherence f = row.figures();
            records.add(List.of(row.externalKey(), row.campaignId().value(), row.name(), row.planned().zone().getId(),
                    row.planned().startInZone().toLocalDateTime().toString(), row.planned().endInZone().toLocalDateTime().toString(),
                    status(f), Long.toString(f.plannedSeconds()), Long.toString(f.dialledInsideSeconds()),
                    Long.toString(f.dialledOutsideSeconds()), f.adherence().map(a -> String.format(Locale.ROOT, "%.4f", a)).orElse(""),
                    Long.toString(f.callsAttempted()), Long.toString(f.callsConnected()), Long.toString(f.callsOutsideCallingHours())));
        }
        return records;
    }

    @Override
    public JobResult result(String csvFile, String htmlFile, OptionalLong replaced) {
        List<String> summary = new ArrayList<>();
        long noData = rows.stream().filter(row -> !row.figures().hasData()).count();
        List<AdherenceRow> strayed = rows.stream().filter(row -> row.figures().hasData() && row.figures().strayed()).toList();
        summary.add(String.format("Adherence on %s (%s): %d campaigns, %d on plan, %d strayed, %d without analytics data",
                date, businessZone.getId(), rows.size(), rows.size() - noData - strayed.size(), strayed.size(), noData));
        strayed.stream().limit(SHOWN).forEach(row -> summary.add("  STRAYED " + row.externalKey() + ": " + describe(row.figures())));
        rows.stream().filter(row -> !row.figures().hasData()).limit(SHOWN)
                .forEach(row -> summary.add("  NO_DATA " + row.externalKey() + ": CXone has no analytics for it on " + date));
        if (strayed.size() > SHOWN || noData > SHOWN) {
            summary.add("… the files list every campaign");
        }
        replaced.ifPresent(run -> summary.add("Replaced the report of run " + run + " for " + date));
        summary.add("CSV:  " + csvFile);
        summary.add("HTML: " + htmlFile);
        return new JobResult(rows.size(), rows.size() - noData, 0, strayed.size(), 0, summary, List.of(csvFile, htmlFile));
    }

    private static String describe(DailyAdherence f) {
        List<String> parts = new ArrayList<>();
        if (f.dialledOutsideSeconds() > 0) {
            parts.add(duration(f.dialledOutsideSeconds()) + " dialled outside the window");
        }
        if (f.callsOutsideCallingHours() > 0) {
            parts.add(f.callsOutsideCallingHours() + " calls attempted outside calling hours");
        }
        f.adherence().ifPresent(a -> parts.add("adherence " + percent(a)));
        return String.join(", ", parts);
    }

    @Override
    public String html() {
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Schedule adherence ")
                .append(date).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#1d1d1f}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}\n")
                .append("table{border-collapse:collapse;margin-top:.5em;font-size:.9em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}\n")
                .append("th{background:#f0f0f0}td.key,th.key,td.name{text-align:left}\n")
                .append("tr.strayed td{background:#fde2e2}tr.strayed td.status{color:#b00020;font-weight:bold}\n")
                .append("tr.nodata td{color:#6e6e73;background:#f5f5f7}td.violation{color:#b00020;font-weight:bold}\n")
                .append(".legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}\n")
                .append("</style>\n</head>\n<body>\n");
        long strayed = rows.stream().filter(row -> row.figures().hasData() && row.figures().strayed()).count();
        long noData = rows.stream().filter(row -> !row.figures().hasData()).count();
        html.append("<h1>Schedule adherence on ").append(date).append("</h1>\n<p class=\"summary\">").append(rows.size())
                .append(" campaigns whose planned window touches the day (").append(escape(businessZone.getId())).append("): ")
                .append(rows.size() - strayed - noData).append(" on plan, <strong>").append(strayed).append(" strayed</strong>, ")
                .append(noData).append(" without analytics data.</p>\n");
        chart(html);
        table(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void chart(StringBuilder html) {
        long scale = Math.max(1, rows.stream().mapToLong(row -> Math.max(row.figures().plannedSeconds(),
                row.figures().dialledInsideSeconds() + row.figures().dialledOutsideSeconds())).max().orElse(1));
        int height = ROW_HEIGHT * rows.size() + 10;
        html.append("<h2>Planned and dialled time</h2>\n<div class=\"legend\"><span style=\"background:#c7c7cc\"></span>planned")
                .append("<span style=\"background:#34c759\"></span>dialled inside the window")
                .append("<span style=\"background:#ff3b30\"></span>dialled outside the window</div>\n")
                .append("<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(LABEL_WIDTH + BAR_WIDTH + 90)
                .append("\" height=\"").append(height).append("\" aria-label=\"planned against dialled time per campaign\">\n");
        int y = 5;
        for (AdherenceRow row : rows) {
            DailyAdherence f = row.figures();
            String css = !f.hasData() ? "nodata" : f.strayed() ? "strayed" : "onplan";
            html.append("<g class=\"campaign ").append(css).append("\" data-campaign=\"").append(escape(row.externalKey())).append("\">")
                    .append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"12\"")
                    .append(f.hasData() && f.strayed() ? " fill=\"#b00020\" font-weight=\"bold\"" : "").append(">")
                    .append(escape(truncate(row.externalKey(), 30))).append("</text>");
            int planned = width(f.plannedSeconds(), scale);
            html.append("<rect class=\"planned\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(planned).append("\" height=\"12\" fill=\"#c7c7cc\"><title>planned ").append(duration(f.plannedSeconds()))
                    .append("</title></rect>");
            if (f.hasData()) {
                int inside = width(f.dialledInsideSeconds(), scale);
                int outside = width(f.dialledOutsideSeconds(), scale);
                html.append("<rect class=\"inside\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 14).append("\" width=\"")
                        .append(inside).append("\" height=\"12\" fill=\"#34c759\"><title>inside ").append(duration(f.dialledInsideSeconds()))
                        .append("</title></rect>");
                html.append("<rect class=\"outside\" x=\"").append(LABEL_WIDTH + inside).append("\" y=\"").append(y + 14)
                        .append("\" width=\"").append(outside).append("\" height=\"12\" fill=\"#ff3b30\"><title>outside ")
                        .append(duration(f.dialledOutsideSeconds())).append("</title></rect>");
                html.append("<text x=\"").append(LABEL_WIDTH + Math.max(planned, inside + outside) + 6).append("\" y=\"").append(y + 24)
                        .append("\" font-size=\"11\">").append(f.adherence().map(AdherenceReportView::percent).orElse("–")).append("</text>");
            } else {
                html.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 25)
                        .append("\" font-size=\"11\" fill=\"#6e6e73\">no analytics data</text>");
            }
            html.append("</g>\n");
            y += ROW_HEIGHT;
        }
        html.append("</svg>\n");
    }

    private void table(StringBuilder html) {
        html.append("<h2>Campaigns</h2>\n<table id=\"campaigns\">\n<thead><tr><th class=\"key\">campaign</th><th class=\"key\">name</th>")
                .append("<th>window</th><th>status</th><th>planned</th><th>dialled inside</th><th>dialled outside</th>")
                .append("<th>adherence</th><th>attempted</th><th>connected</th><th>outside calling hours</th></tr></thead>\n<tbody>\n");
        for (AdherenceRow row : rows) {
            DailyAdherence f = row.figures();
            String status = status(f);
            html.append("<tr class=\"").append(status.equals("NO_DATA") ? "nodata" : status.equals("STRAYED") ? "strayed" : "onplan")
                    .append("\" data-campaign=\"").append(escape(row.externalKey())).append("\">")
                    .append("<td class=\"key\">").append(escape(row.externalKey())).append("</td>")
                    .append("<td class=\"name\">").append(escape(row.name())).append("</td>")
                    .append("<td>").append(LOCAL.format(row.planned().startInZone())).append(" – ")
                    .append(LOCAL.format(row.planned().endInZone())).append(' ').append(escape(row.planned().zone().getId())).append("</td>")
                    .append("<td class=\"status\">").append(status).append("</td>")
                    .append("<td>").append(duration(f.plannedSeconds())).append("</td>");
            if (f.hasData()) {
                html.append("<td>").append(duration(f.dialledInsideSeconds())).append("</td>")
                        .append(f.dialledOutsideSeconds() > 0 ? "<td class=\"violation\">" : "<td>")
                        .append(duration(f.dialledOutsideSeconds())).append("</td>")
                        .append("<td>").append(f.adherence().map(AdherenceReportView::percent).orElse("–")).append("</td>")
                        .append("<td>").append(f.callsAttempted()).append("</td><td>").append(f.callsConnected()).append("</td>")
                        .append(f.callsOutsideCallingHours() > 0 ? "<td class=\"violation\">" : "<td>")
                        .append(f.callsOutsideCallingHours()).append("</td>");
            } else {
                html.append("<td colspan=\"6\">no analytics data</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static int width(long seconds, long scale) {
        return (int) Math.round((double) seconds * BAR_WIDTH / scale);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String duration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 3_600, seconds % 3_600 / 60);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Text from a plan (keys, names) goes into the page as text, never as markup. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
