package dev.omegacoup.certification;

import java.time.Instant;
import java.util.List;

/** The certification of every client the recording holds. */
public record CertificationReport(Instant generatedAt, List<ClientReport> clients,
        List<String> rules) {

    public CertificationReport {
        clients = List.copyOf(clients);
        rules = List.copyOf(rules);
    }

    /** One line per client and catalogue entry, as the console prints them. */
    public List<String> summaryLines() {
        return clients.stream().flatMap(client -> client.summaryLines().stream()
                .map(line -> "[" + client.client() + "] " + line)).toList();
    }

    /** A client handled at least one situation wrongly. */
    public boolean anyHandledWrongly() {
        return clients.stream()
                .anyMatch(client -> client.count(EntryResult.Status.HANDLED_WRONGLY) > 0);
    }
}
