package dev.omegacoup.certification;

import java.util.List;

/** Where one catalogue entry stands for one client, with its evidence. */
record EntryResult(CatalogueEntry entry, Status status, List<String> evidence) {

    /** The verdict on one situation. */
    enum Status {
        DONE("done"), NOT_EXERCISED("not yet exercised"), HANDLED_WRONGLY("handled wrongly");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    EntryResult {
        evidence = List.copyOf(evidence);
    }

    /** "EV-4 handled wrongly: step 2 … — EV-4: created a request …". */
    String summaryLine() {
        String line = String.format("%-14s %-17s %s", entry.id(), status.label(),
                entry.situation());
        return evidence.isEmpty() ? line : line + " — " + evidence.get(0);
    }
}
