package dev.omegacoup.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One folder per scenario under {@code evidence/}: the bytes of every request and response
 * exactly as exchanged, numbered ({@code 01-CreerDemandeCOUP-request.xml}), and
 * {@code scenario.json} saying what, when, against what and how it ended. A response
 * that is not XML is saved as {@code .txt}, so that no browser renders it as a page.
 */
final class EvidenceFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceFiles() {
    }

    /** Replaces the evidence of an earlier run with that of this one. */
    static void write(Path reports, ConformanceMatrix matrix) throws IOException {
        deleteTree(reports.resolve("evidence"));
        for (ScenarioResult s : matrix.scenarios()) {
            Path folder = reports.resolve(s.evidenceFolder());
            Files.createDirectories(folder);
            for (ExchangeEvidence exchange : s.exchanges()) {
                Files.write(folder.resolve(fileName(exchange, "request", exchange.request())),
                        exchange.request());
                Files.write(folder.resolve(fileName(exchange, "response",
                        exchange.response())), exchange.response());
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(
                    folder.resolve("scenario.json").toFile(), describe(matrix, s));
        }
    }

    static String fileName(ExchangeEvidence exchange, String what, byte[] body) {
        return exchange.baseName() + "-" + what + (PrettyMessage.of(body).isXml()
                && body.length > 0 ? ".xml" : ".txt");
    }

    private static ObjectNode describe(ConformanceMatrix matrix, ScenarioResult s) {
        ObjectNode root = JSON.createObjectNode().put("number", matrix.number(s))
                .put("title", s.title()).put("scenario", s.location())
                .put("result", s.outcome().label()).put("remark", s.deviationNote())
                .put("started", s.startedAt().toString()).put("target", s.target())
                .put("numeroDemande", s.numeroDemande()).put("failure", s.failure());
        root.putArray("requirements").addAll(s.ids().stream()
                .map(JSON.getNodeFactory()::textNode).toList());
        ArrayNode exchanges = root.putArray("exchanges");
        for (ExchangeEvidence e : s.exchanges()) {
            exchanges.addObject().put("number", e.number()).put("operation", e.operation())
                    .put("endpoint", e.endpoint()).put("sentAt", e.sentAt().toString())
                    .put("status", e.status()).put("contentType", e.contentType())
                    .put("elapsedMillis", e.elapsedMillis())
                    .put("request", fileName(e, "request", e.request()))
                    .put("response", fileName(e, "response", e.response()));
        }
        return root;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                    throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure)
                    throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
