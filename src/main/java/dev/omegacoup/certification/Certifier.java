package dev.omegacoup.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a recording into a verdict per client: the checks, then the catalogue. */
public final class Certifier {

    private final List<ClientCheck> checks;
    private final List<CatalogueEntry> catalogue;

    static final String INCOMPLETE = "older exchanges of this client were dropped from"
            + " memory: only MSG-1 is judged here; certify --recording gives the full verdict";

    Certifier(List<ClientCheck> checks, List<CatalogueEntry> catalogue) {
        this.checks = List.copyOf(checks);
        this.catalogue = List.copyOf(catalogue);
    }

    public static Certifier standard() {
        return new Certifier(ClientCheck.all(), Catalogue.packaged());
    }

    public CertificationReport certify(TrafficRecording recording) {
        List<Lookup> lookups = recording.lookups();
        List<ClientReport> clients = new ArrayList<>();
        java.util.Set<String> incomplete = recording.clientsWithDroppedExchanges();
        recording.byClient().forEach((client, exchanges) -> clients.add(certify(
                new ClientTraffic(client, exchanges, lookups), incomplete.contains(client))));
        List<String> rules = checks.stream().map(c -> c.requirement() + ": " + c.rule())
                .toList();
        return new CertificationReport(Instant.now(), clients, rules);
    }

    ClientReport certify(ClientTraffic traffic) {
        return certify(traffic, false);
    }

    /**
     * @param incomplete older exchanges of the client were dropped from memory: a check
     *                   that looks back could then blame the client for what it did do, so
     *                   only MSG-1 (each request on its own) is judged
     */
    ClientReport certify(ClientTraffic traffic, boolean incomplete) {
        List<Finding> findings = new ArrayList<>();
        checks.forEach(check -> findings.addAll(check.check(traffic)));
        if (incomplete) {
            findings.removeIf(finding -> !finding.requirement().equals("MSG-1"));
        }
        findings.sort(Comparator.comparing(f -> f.offending().receivedAt()));

        List<EntryResult> entries = catalogue.stream()
                .map(entry -> judge(entry, traffic, findings)).toList();
        return new ClientReport(traffic.client(), traffic.exchanges().size(),
                dialogues(traffic), entries, findings, incomplete ? INCOMPLETE : "");
    }

    private static EntryResult judge(CatalogueEntry entry, ClientTraffic traffic,
            List<Finding> findings) {
        List<String> wrong = findings.stream().filter(entry::brokenBy)
                .map(f -> f.summary() + " [" + f.evidence().get(f.evidence().size() - 1)
                        .describe() + "]")
                .toList();
        if (!wrong.isEmpty()) {
            return new EntryResult(entry, EntryResult.Status.HANDLED_WRONGLY, wrong);
        }
        List<String> shown = traffic.exchanges().stream().filter(entry::shownBy)
                .map(e -> e.receivedAt() + " " + e.headline() + " (" + e.dialogue() + ")")
                .toList();
        return shown.isEmpty()
                ? new EntryResult(entry, EntryResult.Status.NOT_EXERCISED, List.of())
                : new EntryResult(entry, EntryResult.Status.DONE, shown);
    }

    private static Map<String, List<String>> dialogues(ClientTraffic traffic) {
        Map<String, List<String>> dialogues = new LinkedHashMap<>();
        for (RecordedExchange e : traffic.exchanges()) {
            dialogues.computeIfAbsent(e.dialogue(), key -> new ArrayList<>())
                    .add(e.receivedAt() + " " + e.headline()
                            + (e.delayMillis() > 0 ? " (held " + e.delayMillis() + " ms)" : ""));
        }
        return dialogues;
    }
}
