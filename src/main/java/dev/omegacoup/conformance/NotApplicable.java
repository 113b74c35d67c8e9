package dev.omegacoup.conformance;

import org.opentest4j.TestAbortedException;

/**
 * Aborts a scenario that cannot run against this target, such as one needing control of
 * the server against a real endpoint. Cucumber reports it as skipped; the suite's own
 * reports say "NOT APPLICABLE".
 */
public final class NotApplicable extends TestAbortedException {

    public NotApplicable(String message) {
        super(message);
    }
}
