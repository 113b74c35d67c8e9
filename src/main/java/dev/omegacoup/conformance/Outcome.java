package dev.omegacoup.conformance;

import io.cucumber.plugin.event.Result;

/** How a scenario ended, as the suite's reports name it. */
public enum Outcome {
    PASSED("PASSED"),
    FAILED("FAILED"),
    NOT_APPLICABLE("NOT APPLICABLE"),
    SKIPPED("SKIPPED"),
    BROKEN("BROKEN");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public static Outcome of(Result result) {
        return switch (result.getStatus()) {
            case PASSED -> PASSED;
            case SKIPPED -> result.getError() instanceof NotApplicable ? NOT_APPLICABLE : SKIPPED;
            case PENDING, UNDEFINED, AMBIGUOUS -> BROKEN;
            default -> FAILED;
        };
    }

    public String label() {
        return label;
    }
}
