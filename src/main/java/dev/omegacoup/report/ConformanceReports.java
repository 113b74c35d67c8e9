package dev.omegacoup.report;

import dev.omegacoup.conformance.KnownDeviation;
import dev.omegacoup.conformance.Outcome;
import dev.omegacoup.conformance.Requirement;
import dev.omegacoup.conformance.Requirements;
import dev.omegacoup.conformance.Target;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin writing the certification reports into a folder: the conformance
 * matrix in HTML and Markdown, the CSV of homologation results and the evidence folders.
 * Scenarios run on several threads; every handler holds the plugin's lock.
 */
public final class ConformanceReports implements ConcurrentEventListener {

    public static final String HTML = "matrix.html";
    public static final String MARKDOWN = "matrix.md";
    public static final String CSV = "conformance.csv";

    /** Whether the run that wrote a folder had a failure no deviation declares. */
    private static final Map<Path, Boolean> FAILED_BEYOND_DECLARED = new ConcurrentHashMap<>();

    private final Path folder;
    private final Map<UUID, Instant> started = new HashMap<>();
    private final Map<UUID, Map<String, byte[]>> attached = new HashMap<>();
    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private List<KnownDeviation> declared;

    public ConformanceReports(File folder) {
        this.folder = folder.toPath().toAbsolutePath().normalize();
    }

    /**
     * Whether the last run reporting into this folder had a failure that is not a declared
     * deviation; empty when no run reported there.
     */
    public static Optional<Boolean> failedBeyondDeclared(Path folder) {
        return Optional.ofNullable(FAILED_BEYOND_DECLARED.get(
                folder.toAbsolutePath().normalize()));
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(EmbedEvent.class, this::attached);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write(event.getInstant()));
    }

    private synchronized void started(TestCaseStarted event) {
        started.put(event.getTestCase().getId(), event.getInstant());
    }

    private synchronized void attached(EmbedEvent event) {
        attached.computeIfAbsent(event.getTestCase().getId(), id -> new HashMap<>())
                .put(event.getName(), event.getData());
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Map<String, byte[]> files = attached.getOrDefault(scenario.getId(), Map.of());
        byte[] description = files.get(EvidenceAttachments.DESCRIPTION);
        EvidenceAttachments.Described evidence = description == null
                ? new EvidenceAttachments.Described(Target.current().describe(), "", List.of())
                : EvidenceAttachments.read(description, files);
        Optional<KnownDeviation> deviation = KnownDeviation.declaredFor(declared(),
                scenario.getName(), scenario.getTags());
        Throwable error = event.getResult().getError();
        scenarios.add(new ScenarioResult(scenario.getName(), feature(scenario),
                scenario.getLocation().getLine(), ids(scenario),
                Outcome.of(event.getResult(), deviation.isPresent()),
                error == null ? "" : String.valueOf(error.getMessage()), deviation,
                started.getOrDefault(scenario.getId(), event.getInstant()), evidence.target(),
                evidence.numeroDemande(), evidence.exchanges()));
        attached.remove(scenario.getId());
        started.remove(scenario.getId());
    }

    private synchronized void write(Instant finishedAt) {
        ConformanceMatrix matrix = new ConformanceMatrix(Requirements.packaged(), scenarios,
                Target.current().describe(), finishedAt);
        try {
            Files.createDirectories(folder);
            EvidenceFiles.write(folder, matrix);
            Files.writeString(folder.resolve(HTML), HtmlMatrix.render(matrix),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(MARKDOWN), MarkdownMatrix.render(matrix),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(CSV), CertificationCsv.render(matrix),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + folder, e);
        }
        FAILED_BEYOND_DECLARED.put(folder, scenarios.stream()
                .anyMatch(s -> s.outcome().failsTheRun()));
        System.out.println("Conformance matrix: " + folder.resolve(HTML) + " (also "
                + MARKDOWN + ", " + CSV + " and evidence/)");
    }

    /** Read once scenarios run, when the runner has set the target. */
    private List<KnownDeviation> declared() {
        if (declared == null) {
            declared = Target.current().roles().deviations();
        }
        return declared;
    }

    private static List<String> ids(TestCase scenario) {
        return scenario.getTags().stream().filter(t -> Requirement.TAG.matcher(t).matches())
                .map(t -> t.substring(1)).distinct().sorted().toList();
    }

    /** {@code features/creation.feature}, whether it ran from the classpath or a folder. */
    private static String feature(TestCase scenario) {
        String uri = scenario.getUri().toString();
        int at = uri.lastIndexOf("features/");
        return at >= 0 ? uri.substring(at) : uri.substring(uri.lastIndexOf(':') + 1);
    }
}
