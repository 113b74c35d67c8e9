package dev.omegacoup.report;

import dev.omegacoup.conformance.Outcome;
import java.util.Locale;

/**
 * The matrix as one HTML file that opens with no network: inline CSS, no script, and a
 * Content-Security-Policy that forbids scripts and fetches, should anything get through
 * the escaping. Every text that is not the writer's own is escaped.
 */
public final class HtmlMatrix {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.5em}table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
            th{background:#eee}td.id{font-weight:bold;white-space:nowrap}
            td:nth-child(2){width:40%}td:nth-child(3){white-space:nowrap}
            .st{display:inline-block;padding:0 5px;border-radius:3px;font-size:.85em;
            font-weight:bold;white-space:nowrap}
            .passed{background:#cfeccf}.failed,.broken{background:#f6c6c6}
            .known-deviation{background:#fbe3b0}.not-applicable,.not-run{background:#e4e4e4}
            .skipped{background:#e8daf5}.product{background:#d6e6f7}
            .gone{background:#ffd84d}a.sc{margin:0 3px 2px 0;color:#124;text-decoration:none}
            section{border-top:2px solid #ddd;margin-top:1em}
            dl{display:grid;grid-template-columns:max-content auto;gap:0 1em}
            dt{color:#666}dd{margin:0}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:6px;overflow:auto;
            white-space:pre-wrap;word-break:break-all}
            pre.why{background:#fdeeee}.note{color:#a05a00}
            """;

    private HtmlMatrix() {
    }

    public static String render(ConformanceMatrix matrix) {
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src")
                .append(" 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>OMEGA CreerDemandeCOUP conformance matrix</title>\n<style>")
                .append(STYLE).append("</style></head><body>\n")
                .append("<h1>OMEGA CreerDemandeCOUP: conformance by requirement</h1>\n<p>")
                .append("Target: <b>").append(Html.escape(matrix.target())).append("</b><br>")
                .append("Finished: ").append(Timestamps.withOffset(matrix.finishedAt()))
                .append("<br>").append(Html.escape(matrix.summary())).append("</p>\n");
        table(html, matrix);
        html.append("<h2>Scenarios</h2>\n");
        matrix.scenarios().forEach(s -> scenario(html, matrix, s));
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, ConformanceMatrix matrix) {
        html.append("<table><thead><tr><th>id</th><th>requirement</th><th>status</th>")
                .append("<th>scenarios</th></tr></thead><tbody>\n");
        for (ConformanceMatrix.Row row : matrix.rows()) {
            String id = row.requirement().id();
            html.append("<tr id=\"req-").append(Html.escape(id)).append("\"><td class=\"id\">")
                    .append(Html.escape(id)).append("</td><td>")
                    .append(Html.escape(row.requirement().summary())).append("</td><td>")
                    .append(badge(row.status()));
            if (row.deviationGone()) {
                html.append(" <span class=\"st gone\">deviation no longer occurs</span>");
            }
            html.append("</td><td>");
            for (ScenarioResult s : row.scenarios()) {
                String number = matrix.number(s);
                html.append("<a class=\"sc st ").append(cssClass(s.outcome().label()))
                        .append("\" href=\"#").append(number).append("\" title=\"")
                        .append(Html.escape(s.outcome().label() + ": " + s.title()))
                        .append("\">").append(number).append("</a>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void scenario(StringBuilder html, ConformanceMatrix matrix,
            ScenarioResult s) {
        String folder = s.evidenceFolder();
        html.append("<section id=\"").append(matrix.number(s)).append("\"><h3>")
                .append(matrix.number(s)).append(' ').append(badge(s.outcome().label()))
                .append(' ').append(Html.escape(s.title())).append("</h3>\n<dl>")
                .append(entry("requirements", Html.escape(String.join(", ", s.ids()))))
                .append(entry("scenario", Html.escape(s.location())))
                .append(entry("target", Html.escape(s.target())))
                .append(entry("started", Timestamps.withOffset(s.startedAt())))
                .append(entry("NumeroDemande", Html.escape(s.numeroDemande())))
                .append(entry("evidence", "<a href=\"" + Html.escape(folder) + "/\">"
                        + Html.escape(folder) + "/</a>"))
                .append("</dl>\n");
        if (!s.deviationNote().isEmpty()) {
            html.append("<p class=\"st ").append(s.deviationGone() ? "gone" : "known-deviation")
                    .append("\">").append(Html.escape(s.deviationNote())).append("</p>\n");
        }
        if (!s.failure().isEmpty() && s.outcome() != Outcome.PASSED) {
            html.append("<pre class=\"why\">").append(Html.escape(s.failure())).append("</pre>\n");
        }
        boolean open = s.outcome().failsTheRun() || s.outcome() == Outcome.KNOWN_DEVIATION;
        for (ExchangeEvidence exchange : s.exchanges()) {
            html.append(open ? "<details open>" : "<details>").append("<summary>")
                    .append(Html.escape(exchange.baseName())).append(" — HTTP ")
                    .append(exchange.status()).append(", ")
                    .append(Html.escape(exchange.contentType())).append(", ")
                    .append(exchange.elapsedMillis()).append(" ms, sent ")
                    .append(Timestamps.withOffset(exchange.sentAt())).append(" to ")
                    .append(Html.escape(exchange.endpoint())).append("</summary>\n");
            message(html, "request", PrettyMessage.of(exchange.request()));
            message(html, "response", PrettyMessage.of(exchange.response()));
            html.append("</details>\n");
        }
        html.append("</section>\n");
    }

    private static void message(StringBuilder html, String what, PrettyMessage message) {
        html.append("<h4>").append(what).append("</h4>");
        if (!message.note().isEmpty()) {
            html.append("<p class=\"note\">").append(Html.escape(message.note())).append("</p>");
        }
        html.append("<pre>").append(Html.escape(message.text())).append("</pre>\n");
    }

    private static String entry(String term, String escapedValue) {
        return "<dt>" + term + "</dt><dd>" + escapedValue + "</dd>";
    }

    private static String badge(String status) {
        return "<span class=\"st " + cssClass(status) + "\">" + Html.escape(status) + "</span>";
    }

    private static String cssClass(String status) {
        return status.startsWith("product") ? "product"
                : status.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
