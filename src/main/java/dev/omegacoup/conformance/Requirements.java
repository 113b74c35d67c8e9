package dev.omegacoup.conformance;

import dev.omegacoup.conformance.Requirement.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own list of requirement ids ({@code conformance/requirements.txt}), which
 * the suite's tags must name and the reports list. One line per id:
 * {@code id | kind | summary}; lines starting with # are comments.
 */
public final class Requirements {

    public static final String PACKAGED = "/conformance/requirements.txt";

    private final Map<String, Requirement> byId;

    private Requirements(Map<String, Requirement> byId) {
        this.byId = byId;
    }

    public static Requirements packaged() {
        try (InputStream in = Requirements.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PACKAGED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Requirements parse(String text) {
        Map<String, Requirement> byId = new LinkedHashMap<>();
        text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(Requirements::requirement)
                .forEach(r -> {
                    if (byId.put(r.id(), r) != null) {
                        throw new IllegalStateException("requirement " + r.id()
                                + " is listed twice in " + PACKAGED);
                    }
                });
        return new Requirements(byId);
    }

    public List<Requirement> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isKnown(String id) {
        return byId.containsKey(id);
    }

    /** The lettered ids under a group id, e.g. RC-6a … RC-6k under RC-6. */
    public List<Requirement> under(String group) {
        return byId.values().stream().filter(r -> r.isUnder(group)).toList();
    }

    private static Requirement requirement(String line) {
        String[] parts = line.split("\\|", 3);
        if (parts.length != 3) {
            throw new IllegalStateException(PACKAGED + ": expected 'id | kind | summary' but"
                    + " was: " + line);
        }
        String id = parts[0].strip();
        if (!Requirement.TAG.matcher("@" + id).matches()) {
            throw new IllegalStateException(PACKAGED + ": '" + id + "' is not an id such as"
                    + " BR-10 or RC-6a");
        }
        Kind kind = Kind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        return new Requirement(id, kind, parts[2].strip());
    }
}
