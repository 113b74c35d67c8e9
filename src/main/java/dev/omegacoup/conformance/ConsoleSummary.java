package dev.omegacoup.conformance;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.WriteEvent;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Prints one line per scenario as it finishes, with the first lines of the reason when
 * it failed and its warnings, and a closing count: passed, failed, known deviations (failures
 * the target's data set declares), not applicable (server-controlled scenarios against a
 * real endpoint), skipped, warnings, and declared deviations that no longer occur.
 */
public final class ConsoleSummary implements ConcurrentEventListener {

    /** Scenario logs starting with this are counted and shown as warnings. */
    public static final String WARNING = "WARNING";
    /** How reports flag a declared deviation whose scenario passed. */
    public static final String DEVIATION_GONE = "deviation no longer occurs";
    private static final int REASON_LINES = 8;

    private final PrintStream out;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final Map<UUID, List<String>> warnings = new HashMap<>();
    private int warningCount;
    private int deviationsGone;
    private List<KnownDeviation> declared;

    public ConsoleSummary(OutputStream out) {
        this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(WriteEvent.class, this::written);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> total());
    }

    private synchronized void written(WriteEvent event) {
        if (event.getText().startsWith(WARNING)) {
            warnings.computeIfAbsent(event.getTestCase().getId(), id -> new ArrayList<>())
                    .add(event.getText());
        }
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        Optional<KnownDeviation> deviation = KnownDeviation.declaredFor(declared(),
                scenario.getName(), scenario.getTags());
        Outcome outcome = Outcome.of(result, deviation.isPresent());
        counts.merge(outcome, 1, Integer::sum);
        String ids = scenario.getTags().stream()
                .filter(t -> Requirement.TAG.matcher(t).matches())
                .collect(Collectors.joining(" "));
        out.printf("%-15s %s  [%s]%n", outcome.label(), scenario.getName(), ids);
        if (outcome == Outcome.KNOWN_DEVIATION) {
            out.println("    declared: " + deviation.get().describe());
        }
        if (outcome == Outcome.PASSED && deviation.isPresent()) {
            deviationsGone++;
            out.println("    " + DEVIATION_GONE + ": remove the declaration "
                    + deviation.get().describe());
        }
        if (result.getError() != null && outcome != Outcome.PASSED) {
            String reason = String.valueOf(result.getError().getMessage());
            reason.lines().limit(REASON_LINES).forEach(line -> out.println("    " + line));
        }
        List<String> logged = warnings.remove(scenario.getId());
        if (logged != null) {
            warningCount += logged.size();
            logged.forEach(w -> w.lines().forEach(line -> out.println("    " + line)));
        }
    }

    private synchronized void total() {
        out.println();
        out.printf("Conformance: %d passed, %d failed, %d known deviations, %d not applicable,"
                        + " %d skipped, %d warnings%n", count(Outcome.PASSED),
                count(Outcome.FAILED) + count(Outcome.BROKEN), count(Outcome.KNOWN_DEVIATION),
                count(Outcome.NOT_APPLICABLE), count(Outcome.SKIPPED), warningCount);
        if (deviationsGone > 0) {
            out.printf("%d declared deviations no longer occur: remove them from the data set%n",
                    deviationsGone);
        }
    }

    /** Read once the run has started, when the runner has set the target. */
    private List<KnownDeviation> declared() {
        if (declared == null) {
            declared = Target.current().roles().deviations();
        }
        return declared;
    }

    private int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }
}
