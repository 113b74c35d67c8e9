package dev.omegacoup.conformance;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints one line per scenario as it finishes, with the first lines of the reason when
 * it failed, and a closing count: "N passed, N failed, N skipped".
 */
public final class ConsoleSummary implements ConcurrentEventListener {

    private static final int REASON_LINES = 8;

    private final PrintStream out;
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);

    public ConsoleSummary(OutputStream out) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> total());
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        counts.merge(result.getStatus(), 1, Integer::sum);
        String tags = scenario.getTags().stream().filter(t -> t.matches("@[A-Z]+-\\d+"))
                .collect(Collectors.joining(" "));
        out.printf("%-8s %s  [%s]%n", label(result.getStatus()), scenario.getName(), tags);
        if (result.getError() != null) {
            String reason = String.valueOf(result.getError().getMessage());
            reason.lines().limit(REASON_LINES).forEach(line -> out.println("         " + line));
        }
    }

    private synchronized void total() {
        int passed = counts.getOrDefault(Status.PASSED, 0);
        int skipped = counts.getOrDefault(Status.SKIPPED, 0);
        int failed = counts.values().stream().mapToInt(Integer::intValue).sum() - passed - skipped;
        out.println();
        out.printf("Conformance: %d passed, %d failed, %d skipped%n", passed, failed, skipped);
    }

    private static String label(Status status) {
        return switch (status) {
            case PASSED -> "PASSED";
            case SKIPPED -> "SKIPPED";
            case PENDING, UNDEFINED, AMBIGUOUS -> "BROKEN";
            default -> "FAILED";
        };
    }
}
