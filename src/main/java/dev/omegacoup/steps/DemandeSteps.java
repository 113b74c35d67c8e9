package dev.omegacoup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omegacoup.xml.SchemaViolation;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Étantdonné;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The creation request: what the supplier fills in, and sending it (step 2). */
public final class DemandeSteps {

    private static final String OPERATION = "CreerDemandeCOUP";

    private final ScenarioContext context;
    private dev.omegacoup.client.Exchange refused;
    private List<SchemaViolation> schemaVerdict;

    public DemandeSteps(ScenarioContext context) {
        this.context = context;
    }

    @Étantdonné("je prépare une demande de coupure {intervention} sur {creneau}")
    public void jePrepare(String intervention, Slot slot) {
        Map<String, String> fields = context.request();
        fields.put("typeDemande", "COUP");
        fields.put("codeIntervention", intervention);
        fields.put("referenceDemande", "REF-" + context.id().substring(0, 8));
        if ("Z4".equals(intervention)) {
            fields.put("montantDu", "1250.40");
            fields.put("minimumAPercevoir", "300.00");
        }
        JsonNode role = slot == Slot.TAKEN ? context.roles().occupiedSlot()
                : context.roles().freeSlot();
        LocalDate date = Calendar.dateOf(role, context.target());
        fields.put("date", date.toString());
        fields.put("plage", role.path("plage").asText());
        fields.put("nom", "Martin Dupont");
        fields.put("telephone", "0600000000");
        fields.put("codeAcces", "B1234");
        fields.put("complementAdresse", "Bâtiment B, 3e étage, porte gauche");
        context.dialogue().requestedDate(date);
    }

    @Étantdonné("le champ {champ} vaut {string}")
    public void leChampVaut(String field, String value) {
        context.request().put(field, value);
        if (field.equals("date")) {
            context.dialogue().requestedDate(parseOrNull(value));
        }
    }

    @Étantdonné("le champ {champ} est absent")
    public void leChampEstAbsent(String field) {
        context.request().remove(field);
    }

    @Quand("je crée la demande de coupure")
    public void jeCreeLaDemande() {
        context.send(OPERATION, new HashMap<>(context.request()));
        context.dialogue().windowAfter(context.dialogue().requestedDate());
    }

    @Quand("je crée une demande de coupure {intervention} sur {creneau}")
    public void jeCreeUneDemande(String intervention, Slot slot) {
        jePrepare(intervention, slot);
        jeCreeLaDemande();
    }

    @Quand("je vérifie la demande de coupure contre le schéma")
    public void jeVerifieContreLeSchema() {
        schemaVerdict = context.client().requestViolations(OPERATION, context.request());
    }

    @Alors("le schéma refuse l'élément {word}")
    public void leSchemaRefuse(String element) {
        boolean named = schemaVerdict.stream().anyMatch(v -> v.element().equals(element));
        if (!named) {
            throw new dev.omegacoup.assertion.ConformanceFailure("[" + context.requirementIds()
                    + "] the schema should refuse " + element + " in the " + OPERATION
                    + " request, but its verdict was " + (schemaVerdict.isEmpty() ? "valid"
                            : schemaVerdict.toString()));
        }
    }

    @Quand("j'envoie tout de même la demande de coupure")
    public void jEnvoieToutDeMeme() {
        refused = context.client().sendAsIs(OPERATION, new HashMap<>(context.request()));
    }

    /**
     * The endpoint refuses the value: with a SOAP Client fault naming the element (the
     * project's XSD states the constraint), or with the specification's DmdKo "Donnée
     * incorrecte" for that field (an OMEGA whose XSD is laxer).
     */
    @Alors("OMEGA refuse l'élément {word}")
    public void omegaRefuse(String element) {
        String body = refused.responseText();
        boolean fault = refused.status() == 500 && body.contains("Client</faultcode>")
                && body.contains(element);
        boolean dmdKo = refused.status() == 200 && body.contains(">DmdKo<")
                && body.contains("Donnée incorrecte : ") && body.contains(element);
        if (!fault && !dmdKo) {
            throw new dev.omegacoup.assertion.ConformanceFailure("[" + context.requirementIds()
                    + "] " + element + ": expected a SOAP Client fault naming " + element
                    + " or DmdKo \"Donnée incorrecte\" for it, but was HTTP "
                    + refused.status() + ": " + shorten(body));
        }
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @Alors("le schéma accepte la demande")
    public void leSchemaAccepte() {
        if (!schemaVerdict.isEmpty()) {
            throw new dev.omegacoup.assertion.ConformanceFailure("[" + context.requirementIds()
                    + "] the " + OPERATION + " request should validate, but: " + schemaVerdict);
        }
    }

    private static LocalDate parseOrNull(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
