package dev.omegacoup.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;

/** The packaged jar started as a separate process, as a user would: {@code serve}. */
final class StandaloneStub {

    static final String DN = "CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR";
    private static final long START_TIMEOUT_MS = 30_000;

    private final Process process;
    private final String endpoint;

    private StandaloneStub(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static StandaloneStub start(String... extraArgs) throws IOException {
        return start(Map.of(), extraArgs);
    }

    /** @param environment added to the child's environment, e.g. keystore passwords */
    static StandaloneStub start(Map<String, String> environment, String... extraArgs)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar(), "serve",
                "--port", "0"));
        command.addAll(List.of(extraArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.strip().startsWith("endpoint:")) {
                drain(out);
                return new StandaloneStub(process, line.strip().substring(9).strip());
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the stub did not start; it printed:\n" + seen);
    }

    String endpoint() {
        return endpoint;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Keeps reading the child's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // the output was shown while starting; later lines are not needed
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "standalone-stub-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    static String jar() {
        return System.getProperty("omega.jar", "target/omega-coup.jar");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
