package dev.omegacoup.conformance;

import io.cucumber.plugin.event.Result;

/** How a scenario ended, as the suite's reports name it. */
public enum Outcome {
    PASSED("PASSED"),
    FAILED("FAILED"),
    /** Failed as the target's data set declares it does: never counted as passed. */
    KNOWN_DEVIATION("KNOWN DEVIATION"),
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

    /** How a scenario ended once the target's declared deviations are taken into account. */
    public static Outcome of(Result result, boolean deviationDeclared) {
        Outcome outcome = of(result);
        return outcome == FAILED && deviationDeclared ? KNOWN_DEVIATION : outcome;
    }

    /** Whether this outcome makes the run fail: a failure nobody declared. */
    public boolean failsTheRun() {
        return this == FAILED || this == BROKEN;
    }

    public String label() {
        return label;
    }
}
