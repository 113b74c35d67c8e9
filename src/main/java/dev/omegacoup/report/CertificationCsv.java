package dev.omegacoup.report;

import dev.omegacoup.conformance.Outcome;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The run as French distributors collect homologation results: one row per scenario, in
 * CSV as RFC 4180 describes it (quoted fields, doubled quotes, CRLF) but with ';' between
 * fields and a UTF-8 byte order mark, which is what Excel set to French reads directly.
 */
public final class CertificationCsv {

    static final char SEPARATOR = ';';
    static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private CertificationCsv() {
    }

    public static String render(ConformanceMatrix matrix) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(line(List.of("number", "requirements", "scenario", "location",
                "start (" + Timestamps.zone() + ")", "result", "remark", "NumeroDemande",
                "messages")));
        for (ScenarioResult s : matrix.scenarios()) {
            csv.append(line(List.of(matrix.number(s), String.join(" ", s.ids()), s.title(),
                    s.location(), Timestamps.forSpreadsheet(s.startedAt()),
                    s.outcome().label(), remark(s), s.numeroDemande(),
                    s.evidenceFolder() + "/")));
        }
        return csv.toString();
    }

    /** The deviation note, or the start of the failure: why the row is not passed. */
    private static String remark(ScenarioResult s) {
        String note = s.deviationNote();
        if (note != null && !note.isEmpty()) {
            return note;
        }
        if (s.outcome() == Outcome.PASSED || s.failure() == null) {
            return "";
        }
        // The first line says what failed; a second, when there is one, says where.
        String first = s.failure().strip().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).limit(2)
                .collect(Collectors.joining(" "));
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    static String line(List<String> fields) {
        return fields.stream().map(CertificationCsv::field)
                .collect(Collectors.joining(String.valueOf(SEPARATOR))) + CRLF;
    }

    /**
     * Quoted when it holds a separator, a quote or a line end. A value the endpoint sent
     * (a NumeroDemande) could start like a formula; Excel would run it, so it is
     * prefixed with an apostrophe, as OWASP advises for CSV files opened in spreadsheets.
     */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && Stream.of("=", "+", "-", "@", "\t", "\r")
                .anyMatch(text::startsWith)) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf(',') >= 0
                || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
