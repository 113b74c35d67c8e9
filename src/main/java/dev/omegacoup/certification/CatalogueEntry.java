package dev.omegacoup.certification;

import java.util.List;

/**
 * A situation a supplier's system must show it handles, and what in the recorded traffic
 * shows it was met (see the {@code about} of {@code catalogue.json}).
 */
record CatalogueEntry(String id, String situation, String role, String trigger, Kind kind,
        List<String> operations, List<String> typeRetour, String codeRetour, String text,
        List<String> faults) {

    enum Kind { SENT, ANSWERED, HELD }

    CatalogueEntry {
        operations = List.copyOf(operations);
        typeRetour = List.copyOf(typeRetour);
        faults = List.copyOf(faults);
    }

    /** This exchange is the situation. */
    boolean shownBy(RecordedExchange exchange) {
        if (!onOperation(exchange)) {
            return false;
        }
        return switch (kind) {
            case SENT -> true;
            case HELD -> exchange.outlastsClientPatience();
            case ANSWERED -> answerMatches(exchange.answered());
        };
    }

    /** The finding shows this situation handled wrongly. */
    boolean brokenBy(Finding finding) {
        boolean reaction = kind != Kind.SENT && finding.reactedTo() != null
                && shownBy(finding.reactedTo());
        return reaction || faults.contains(finding.requirement())
                && onOperation(finding.offending());
    }

    private boolean onOperation(RecordedExchange exchange) {
        return operations.isEmpty() || exchange.operation() != null
                && operations.contains(exchange.operation().wireName());
    }

    private boolean answerMatches(AnswerFacts answer) {
        if (answer.typeRetour() == null) {
            return false;
        }
        boolean type = typeRetour.isEmpty() || typeRetour.contains(answer.typeRetour());
        boolean code = codeRetour == null || codeRetour.equals(answer.codeRetour());
        boolean message = text == null
                || answer.messages().stream().anyMatch(m -> m.contains(text));
        return type && code && message;
    }
}
