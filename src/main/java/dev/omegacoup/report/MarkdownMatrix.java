package dev.omegacoup.report;

import dev.omegacoup.conformance.Outcome;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The matrix in Markdown: one table row per requirement id, then every scenario with its
 * target, time, NumeroDemande and messages in fenced blocks no message can close.
 */
public final class MarkdownMatrix {

    private MarkdownMatrix() {
    }

    public static String render(ConformanceMatrix matrix) {
        StringBuilder md = new StringBuilder("# Conformance by requirement\n\n");
        md.append("Target: ").append(inline(matrix.target())).append("  \nFinished: ")
                .append(Timestamps.withOffset(matrix.finishedAt())).append("  \n")
                .append(matrix.summary()).append("\n\n")
                .append("| id | requirement | status | scenarios |\n|---|---|---|---|\n");
        for (ConformanceMatrix.Row row : matrix.rows()) {
            md.append("| ").append(row.requirement().id()).append(" | ")
                    .append(cell(row.requirement().summary())).append(" | ")
                    .append(row.status())
                    .append(row.deviationGone() ? " (a deviation no longer occurs)" : "")
                    .append(" | ").append(scenarioLinks(matrix, row)).append(" |\n");
        }
        md.append("\n## Scenarios\n");
        matrix.scenarios().forEach(s -> scenario(md, matrix, s));
        return md.toString();
    }

    private static String scenarioLinks(ConformanceMatrix matrix, ConformanceMatrix.Row row) {
        return row.scenarios().stream()
                .map(s -> "[" + matrix.number(s) + "](#" + matrix.number(s).toLowerCase(Locale.ROOT)
                        + ") " + s.outcome().label())
                .collect(Collectors.joining("<br>"));
    }

    private static void scenario(StringBuilder md, ConformanceMatrix matrix, ScenarioResult s) {
        md.append("\n### ").append(matrix.number(s)).append("\n\n")
                .append("**").append(inline(s.title())).append("**\n\n")
                .append("- status: ").append(s.outcome().label()).append('\n')
                .append("- requirements: ").append(String.join(", ", s.ids())).append('\n')
                .append("- scenario: ").append(inline(s.location())).append('\n')
                .append("- target: ").append(inline(s.target())).append('\n')
                .append("- started: ").append(Timestamps.withOffset(s.startedAt())).append('\n')
                .append("- NumeroDemande: ").append(inline(s.numeroDemande())).append('\n')
                .append("- evidence: ").append(s.evidenceFolder()).append("/\n");
        if (!s.deviationNote().isEmpty()) {
            md.append("- **").append(inline(s.deviationNote())).append("**\n");
        }
        if (!s.failure().isEmpty() && s.outcome() != Outcome.PASSED) {
            md.append("\nWhy:\n\n").append(fenced(s.failure(), "text"));
        }
        for (ExchangeEvidence exchange : s.exchanges()) {
            md.append("\n").append(exchange.baseName()).append(": ")
                    .append(inline(exchange.endpoint())).append(", sent ")
                    .append(Timestamps.withOffset(exchange.sentAt())).append(", HTTP ")
                    .append(exchange.status()).append(", ")
                    .append(inline(exchange.contentType())).append(", ")
                    .append(exchange.elapsedMillis()).append(" ms\n\n");
            message(md, "request", PrettyMessage.of(exchange.request()));
            message(md, "response", PrettyMessage.of(exchange.response()));
        }
    }

    private static void message(StringBuilder md, String what, PrettyMessage message) {
        md.append(what).append(message.note().isEmpty() ? "" : " (" + inline(message.note())
                + ")").append(":\n\n").append(fenced(message.text(),
                        message.isXml() ? "xml" : "text"));
    }

    /** A fence longer than any run of backticks in the text, so the text cannot end it. */
    static String fenced(String text, String language) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + text + "\n" + fence + "\n";
    }

    /** Text on one line where Markdown would read markup: escaped, line ends as spaces. */
    static String inline(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_{}\\[\\]<>()#+!|])",
                "\\\\$1");
    }

    /** The project's own text in a table cell: only the cell separator is escaped. */
    private static String cell(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace("|", "\\|");
    }
}
