package dev.omegacoup.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Gherkin suite with Cucumber against a target and writes the reports under
 * the reports folder: Cucumber HTML and JSON, JUnit XML and the requirements report.
 */
public final class ConformanceRunner {

    public static final String FEATURES = "classpath:features";
    public static final String GLUE = "dev.omegacoup.steps";
    public static final String REQUIREMENTS_REPORT = "requirements.md";

    private ConformanceRunner() {
    }

    /** @return 0 when every scenario passed or was not applicable, 1 otherwise */
    public static int run(Target target, Path reports, String tagExpression) {
        List<String> args = new ArrayList<>(List.of(
                "--glue", GLUE,
                "--plugin", ConsoleSummary.class.getName(),
                "--plugin", RequirementsReport.class.getName() + ":"
                        + reports.resolve(REQUIREMENTS_REPORT),
                "--plugin", "json:" + reports.resolve("cucumber.json"),
                "--plugin", "html:" + reports.resolve("cucumber.html"),
                "--plugin", "junit:" + reports.resolve("junit.xml"),
                "--monochrome",
                "--threads", "2"));
        if (tagExpression != null && !tagExpression.isBlank()) {
            args.addAll(List.of("--tags", tagExpression));
        }
        args.add(FEATURES);

        Target.use(target);
        try {
            byte status = io.cucumber.core.cli.Main.run(args.toArray(String[]::new),
                    Thread.currentThread().getContextClassLoader());
            return status == 0 ? 0 : 1;
        } finally {
            Target.use(null);
        }
    }
}
