package dev.omegacoup.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The data set of a target: what the suite's roles ("un PCE 6M dont je suis titulaire",
 * "un créneau libre") stand for on that target. The default one matches the stub's data;
 * a user passes their own with {@code --dataset} for a real endpoint (PRD-4).
 */
public final class Roles {

    public static final String PACKAGED = "/features/datasets/stub.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final String origin;

    private Roles(JsonNode root, String origin) {
        this.root = root;
        this.origin = origin;
    }

    public static Roles packaged() {
        try (InputStream in = Roles.class.getResourceAsStream(PACKAGED)) {
            return new Roles(JSON.readTree(in), "the default data set " + PACKAGED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Roles fromFile(Path file) {
        try {
            return new Roles(JSON.readTree(Files.readAllBytes(file)), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the data set " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** A value of the "fournisseur" section: dnEntreprise, numeroCad, login, version. */
    public String supplier(String field) {
        return required(root.path("fournisseur").path(field), "fournisseur." + field);
    }

    /** The PCE number that plays a role, e.g. "6M dont je suis titulaire". */
    public String pce(String role) {
        JsonNode pces = root.path("pce");
        JsonNode value = pces.path(role);
        if (value.isMissingNode()) {
            throw new IllegalArgumentException(origin + " has no PCE for the role \"" + role
                    + "\"; it has: " + names(pces));
        }
        return value.asText();
    }

    /** The postal code of the PCE that plays a role, when the data set gives one. */
    public String postalCode(String role) {
        return root.path("codePostal").path(role).asText("");
    }

    /** The free-slot settings: a fixed date, or a working-day offset for the stub. */
    public JsonNode freeSlot() {
        return root.path("creneauLibre");
    }

    /**
     * A slot the round of the "matinées prises" PCE never has free: a fixed date, or a
     * working-day offset, and its Plage.
     */
    public JsonNode occupiedSlot() {
        return root.path("creneauOccupe");
    }

    /** A value of the "autreFournisseur" section: the identity of a supplier not us. */
    public String otherSupplier(String field) {
        return required(root.path("autreFournisseur").path(field), "autreFournisseur." + field);
    }

    /**
     * What an identification phrase ("sans login", "avec un CAD résilié") changes in the
     * caller's identity: field to value, a null value leaving the element out.
     */
    public Map<String, String> identification(String phrase) {
        JsonNode overrides = root.path("identifications").path(phrase);
        if (!overrides.isObject()) {
            throw new IllegalArgumentException(origin + " has no identification \"" + phrase
                    + "\"; it has: " + names(root.path("identifications")));
        }
        Map<String, String> values = new HashMap<>();
        overrides.fields().forEachRemaining(e -> values.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asText()));
        return values;
    }

    /** A postal code named by its relation to the PCE, e.g. "d'un autre département…". */
    public String namedPostalCode(String phrase) {
        return required(root.path("codesPostaux").path(phrase), "codesPostaux." + phrase);
    }

    /** A Plage the target's slot catalogue does not have. */
    public String unknownPlage() {
        return required(root.path("plageInconnue"), "plageInconnue");
    }

    /** The real hours of a Plage: heureMin and heureMax. */
    /** Whether the data set's slot catalogue ("plages") has this slot. */
    public boolean knowsSlot(String plage) {
        return !root.path("plages").isObject() || root.path("plages").has(plage);
    }

    /**
     * The slots the round of the "créneau occupé" PCE has free every working day, in the
     * catalogue's order ("creneauOccupe.plagesLibres"), or none when the data set does not
     * say.
     */
    public List<String> freeSlotsOfTakenRound() {
        List<String> slots = new ArrayList<>();
        root.path("creneauOccupe").path("plagesLibres").forEach(n -> slots.add(n.asText()));
        return slots;
    }

    public JsonNode slotHours(String plage) {
        JsonNode hours = root.path("plages").path(plage);
        if (hours.isMissingNode()) {
            throw new IllegalArgumentException(origin + " gives no hours for the Plage " + plage
                    + "; it has: " + names(root.path("plages")));
        }
        return hours;
    }

    /**
     * An expected return text in the target's codes: the suite writes the project's
     * codes (AS-6), and a data set maps them to another catalogue in "codes".
     */
    public String inTargetCodes(String text) {
        String translated = text;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("codes").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> code = it.next();
            translated = translated.replace(code.getKey(), code.getValue().asText());
        }
        return translated;
    }

    /**
     * The failures this target is known to have: "deviations", a list of objects with
     * "requirement", "scenario" (the title or a part of it) and "reason".
     */
    public List<KnownDeviation> deviations() {
        List<KnownDeviation> declared = new ArrayList<>();
        JsonNode list = root.path("deviations");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = "deviations[" + i + "].";
            String requirement = required(entry.path("requirement"), where + "requirement");
            if (!Requirement.TAG.matcher("@" + requirement).matches()) {
                throw new IllegalArgumentException(origin + ": " + where + "requirement '"
                        + requirement + "' is not an id such as RC-5 or RC-6a");
            }
            declared.add(new KnownDeviation(requirement,
                    required(entry.path("scenario"), where + "scenario"),
                    required(entry.path("reason"), where + "reason")));
        }
        return List.copyOf(declared);
    }

    public String origin() {
        return origin;
    }

    private String required(JsonNode node, String name) {
        if (node.isMissingNode() || node.asText().isEmpty()) {
            throw new IllegalArgumentException(origin + " has no value for " + name);
        }
        return node.asText();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
