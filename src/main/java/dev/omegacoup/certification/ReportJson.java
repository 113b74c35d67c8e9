package dev.omegacoup.certification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The certification report as JSON: per client, the entries, the findings, the dialogues. */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    public static String write(CertificationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", report.generatedAt().toString());
        root.put("rules", report.rules());
        root.put("clients", report.clients().stream().map(ReportJson::client).toList());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> client(ClientReport client) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("client", client.client());
        out.put("exchanges", client.exchanges());
        out.put("note", client.note());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (EntryResult.Status status : EntryResult.Status.values()) {
            counts.put(status.label(), client.count(status));
        }
        out.put("counts", counts);
        out.put("summary", client.summaryLines());
        out.put("entries", client.entries().stream().map(ReportJson::entry).toList());
        out.put("findings", client.findings().stream().map(ReportJson::finding).toList());
        out.put("dialogues", client.dialogues());
        return out;
    }

    private static Map<String, Object> entry(EntryResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", result.entry().id());
        out.put("situation", result.entry().situation());
        out.put("role", result.entry().role());
        out.put("trigger", result.entry().trigger());
        out.put("status", result.status().label());
        out.put("evidence", result.evidence());
        return out;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requirement", finding.requirement());
        out.put("what", finding.what());
        List<Map<String, Object>> evidence = finding.evidence().stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("at", e.at().toString());
            item.put("exchange", e.exchange());
            item.put("excerpt", e.excerpt());
            return item;
        }).toList();
        out.put("evidence", evidence);
        return out;
    }
}
