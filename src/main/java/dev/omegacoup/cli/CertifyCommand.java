package dev.omegacoup.cli;

import dev.omegacoup.certification.CertificationReport;
import dev.omegacoup.certification.Certifier;
import dev.omegacoup.certification.RecordingFile;
import dev.omegacoup.certification.ReportHtml;
import dev.omegacoup.certification.ReportJson;
import dev.omegacoup.certification.TrafficRecording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the client certification report from a recording folder of {@code serve}. */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = "Write the client certification report (HTML, and JSON with --json)"
                + " from a folder recorded by serve --recording.")
final class CertifyCommand implements Callable<Integer> {

    /** Large enough for any recording a stub kept; the file holds no more than that. */
    private static final int NO_CAP = Integer.MAX_VALUE;

    @Option(names = "--recording", required = true, description = "The recording folder.")
    Path recording;

    @Option(names = "--out", required = true, description = "The HTML report to write.")
    Path out;

    @Option(names = "--json", description = "Also write the report as JSON there.")
    Path json;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(recording.resolve(RecordingFile.FILE_NAME))) {
            throw new IllegalArgumentException("no " + RecordingFile.FILE_NAME + " in "
                    + recording + ": start the stub with serve --recording " + recording);
        }
        TrafficRecording traffic = new TrafficRecording(NO_CAP, NO_CAP);
        RecordingFile file = RecordingFile.in(recording);
        int loaded = file.loadInto(traffic);
        if (file.skipped() > 0) {
            System.err.println("omega-coup: " + file.file() + ": skipped " + file.skipped()
                    + " damaged line(s), the first at line " + file.firstSkipped());
        }
        if (loaded == 0 && file.skipped() > 0) {
            throw new IllegalArgumentException(file.file() + " holds no readable record");
        }
        CertificationReport report = Certifier.standard().certify(traffic);

        write(out, ReportHtml.write(report));
        if (json != null) {
            write(json, ReportJson.write(report));
        }
        // What clients sent shows in these lines: no control character may start a line.
        report.summaryLines().stream().map(CertifyCommand::oneLine)
                .forEach(System.out::println);
        System.out.println("report: " + out.toAbsolutePath());
        return report.anyHandledWrongly() ? 1 : 0;
    }

    private static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String oneLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
