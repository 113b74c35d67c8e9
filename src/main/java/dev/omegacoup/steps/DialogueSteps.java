package dev.omegacoup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omegacoup.omega.ServiceClock;
import dev.omegacoup.omega.WorkingDays;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Étantdonné;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The supplier's side of the dialogue: the PCE it works on and the calls it makes. */
public final class DialogueSteps {

    /** Each scenario books its own day, so scenarios never take each other's slots. */
    private static final AtomicInteger NEXT_FREE_DAY = new AtomicInteger();
    private static final WorkingDays WORKING_DAYS = new WorkingDays();

    private final ScenarioContext context;

    public DialogueSteps(ScenarioContext context) {
        this.context = context;
    }

    @Étantdonné("un PCE {role}")
    public void unPce(String role) {
        context.request().put("numeroPce", context.roles().pce(role));
        String postalCode = context.roles().postalCode(role);
        if (!postalCode.isEmpty()) {
            context.request().put("codePostal", postalCode);
        }
    }

    @Quand("je vérifie la recevabilité de la demande de coupure")
    public void jeVerifieLaRecevabilite() {
        call("VerifierRecevabiliteCOUP", context.request());
    }

    @Quand("je crée une demande de coupure {intervention} sur un créneau libre")
    public void jeCreeUneDemandeSurUnCreneauLibre(String intervention) {
        Map<String, String> fields = new HashMap<>(context.request());
        fields.put("typeDemande", "COUP");
        fields.put("codeIntervention", intervention);
        if ("Z4".equals(intervention)) {
            fields.put("montantDu", "1250.40");
            fields.put("minimumAPercevoir", "300.00");
        }
        fields.putAll(freeSlot());
        fields.put("nom", "Martin Dupont");
        fields.put("telephone", "0600000000");
        fields.put("codeAcces", "B1234");
        fields.put("complementAdresse", "Bâtiment B, 3e étage, porte gauche");
        context.request().putAll(fields);
        call("CreerDemandeCOUP", fields);
    }

    @Quand("j'accepte le rendez-vous proposé")
    public void jAccepteLeRendezVous() {
        call("AccepterRdv", Map.of("numeroDemande", context.numeroDemande()));
    }

    private void call(String operation, Map<String, String> fields) {
        context.answered(context.client().call(operation, fields));
    }

    /**
     * The "créneau libre" role: a fixed date and slot from the data set, or, on the stub,
     * a working day far enough ahead that no other scenario of the run uses it.
     */
    private Map<String, String> freeSlot() {
        JsonNode slot = context.roles().freeSlot();
        String plage = slot.path("plage").asText();
        if (slot.hasNonNull("date")) {
            return Map.of("date", slot.path("date").asText(), "plage", plage);
        }
        LocalDate today = context.target().embedded()
                ? context.target().stub().omega().clock().today()
                : LocalDate.now(ServiceClock.PARIS);
        int offset = slot.path("jourOuvre").asInt(20) + NEXT_FREE_DAY.getAndIncrement();
        return Map.of("date", WORKING_DAYS.nth(today, offset).toString(), "plage", plage);
    }
}
