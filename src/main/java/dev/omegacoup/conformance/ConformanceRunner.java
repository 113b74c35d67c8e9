package dev.omegacoup.conformance;

import dev.omegacoup.report.ConformanceReports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Gherkin suite with Cucumber against a target and writes the reports under
 * the reports folder: Cucumber HTML and JSON, JUnit XML, and the conformance matrix (HTML
 * and Markdown), the certification CSV and the evidence folders.
 */
public final class ConformanceRunner {

    public static final String FEATURES = "classpath:features";
    public static final String GLUE = "dev.omegacoup.steps";
    private ConformanceRunner() {
    }

    /**
     * @return 0 when every scenario passed, was not applicable or failed as the target's
     *         data set declares (a known deviation), 1 otherwise
     */
    public static int run(Target target, Path reports, String tagExpression) {
        List<String> args = new ArrayList<>(List.of(
                "--glue", GLUE,
                "--plugin", ConsoleSummary.class.getName(),
                "--plugin", ConformanceReports.class.getName() + ":" + reports,
                "--plugin", "json:" + reports.resolve("cucumber.json"),
                "--plugin", "html:" + reports.resolve("cucumber.html"),
                "--plugin", "junit:" + reports.resolve("junit.xml"),
                "--monochrome",
                // Cucumber's own summary would print stack traces and count known
                // deviations as failures, contradicting ConsoleSummary.
                "--no-summary",
                "--threads", "2"));
        if (tagExpression != null && !tagExpression.isBlank()) {
            args.addAll(List.of("--tags", tagExpression));
        }
        args.add(FEATURES);

        Target.use(target);
        try {
            byte status = io.cucumber.core.cli.Main.run(args.toArray(String[]::new),
                    Thread.currentThread().getContextClassLoader());
            boolean failed = status != 0 && ConformanceReports.failedBeyondDeclared(reports)
                    .orElse(true);
            return failed ? 1 : 0;
        } finally {
            Target.use(null);
        }
    }
}
