package dev.omegacoup.certification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict on one client: its catalogue entries, its findings, and its exchanges
 * grouped by dialogue (NumeroDemande, or PCE before one exists).
 */
record ClientReport(String client, int exchanges, Map<String, List<String>> dialogues,
        List<EntryResult> entries, List<Finding> findings, String note) {

    ClientReport {
        dialogues = Collections.unmodifiableMap(new LinkedHashMap<>(dialogues));
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    long count(EntryResult.Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    List<String> summaryLines() {
        List<String> lines = new java.util.ArrayList<>();
        if (!note.isEmpty()) {
            lines.add("NOTE " + note);
        }
        entries.stream().map(EntryResult::summaryLine).forEach(lines::add);
        return lines;
    }
}
