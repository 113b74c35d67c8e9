package dev.omegacoup.certification;

import java.util.List;

/**
 * A fault of the client, under the requirement it breaks. {@code offending} is the
 * request at fault; {@code reactedTo} the answer the client was reacting to, when the
 * fault is a wrong reaction to it (that answer's catalogue entry is then handled wrongly).
 */
record Finding(String requirement, String what, RecordedExchange offending,
        RecordedExchange reactedTo, List<Evidence> evidence) {

    Finding {
        evidence = List.copyOf(evidence);
    }

    String summary() {
        return requirement + ": " + what;
    }
}
