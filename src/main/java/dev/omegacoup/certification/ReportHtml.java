package dev.omegacoup.certification;

import java.util.List;
import java.util.Map;

/**
 * The certification report as one HTML page that opens offline and runs no script: a
 * content security policy forbids it, and everything that comes from the recording is
 * escaped.
 */
public final class ReportHtml {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;"
            + "vertical-align:top;text-align:left}.done{background:#dfd}"
            + ".wrong{background:#fdd}.todo{background:#eee}code{font-size:90%}";

    private ReportHtml() {
    }

    public static String write(CertificationReport report) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src")
                .append(" 'none'; style-src 'unsafe-inline'\">")
                .append("<title>OMEGA client certification</title><style>").append(STYLE)
                .append("</style></head><body><h1>OMEGA client certification</h1><p>")
                .append(escape(report.generatedAt().toString())).append("</p>");
        html.append("<h2>Rules checked</h2><ul>");
        report.rules().forEach(rule -> html.append("<li>").append(escape(rule)).append("</li>"));
        html.append("</ul>");
        if (report.clients().isEmpty()) {
            html.append("<p>No client has called the stub yet.</p>");
        }
        report.clients().forEach(client -> client(html, client));
        return html.append("</body></html>\n").toString();
    }

    private static void client(StringBuilder html, ClientReport client) {
        html.append("<h2>").append(escape(client.client())).append("</h2>");
        if (!client.note().isEmpty()) {
            html.append("<p class=\"note\">").append(escape(client.note())).append("</p>");
        }
        html.append("<p>").append(client.exchanges()).append(" exchange(s); ");
        for (EntryResult.Status status : EntryResult.Status.values()) {
            html.append(client.count(status)).append(' ').append(status.label()).append("; ");
        }
        html.append("</p><table><tr><th>entry</th><th>status</th><th>situation</th>")
                .append("<th>data set</th><th>evidence</th></tr>");
        for (EntryResult result : client.entries()) {
            html.append("<tr class=\"").append(cssClass(result.status())).append("\"><td>")
                    .append(escape(result.entry().id())).append("</td><td>")
                    .append(escape(result.status().label())).append("</td><td>")
                    .append(escape(result.entry().situation())).append("</td><td>")
                    .append(escape(result.entry().role() + " — " + result.entry().trigger()))
                    .append("</td><td>");
            list(html, result.evidence());
            html.append("</td></tr>");
        }
        html.append("</table><h3>Findings</h3>");
        if (client.findings().isEmpty()) {
            html.append("<p>None.</p>");
        }
        for (Finding finding : client.findings()) {
            html.append("<p><b>").append(escape(finding.requirement())).append("</b> ")
                    .append(escape(finding.what())).append("</p><ul>");
            finding.evidence().forEach(e -> html.append("<li>").append(escape(e.at()
                    .toString() + " " + e.exchange())).append("<br><code>")
                    .append(escape(e.excerpt())).append("</code></li>"));
            html.append("</ul>");
        }
        html.append("<h3>Dialogues</h3>");
        for (Map.Entry<String, List<String>> dialogue : client.dialogues().entrySet()) {
            html.append("<p>").append(escape(dialogue.getKey())).append("</p>");
            list(html, dialogue.getValue());
        }
    }

    private static void list(StringBuilder html, List<String> items) {
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }

    private static String cssClass(EntryResult.Status status) {
        return switch (status) {
            case DONE -> "done";
            case HANDLED_WRONGLY -> "wrong";
            case NOT_EXERCISED -> "todo";
        };
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
