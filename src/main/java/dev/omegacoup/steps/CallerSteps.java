package dev.omegacoup.steps;

import io.cucumber.java.fr.Étantdonné;
import java.util.Map;

/** Who calls OMEGA: the supplier's identification, and the PCE it works on. */
public final class CallerSteps {

    private final ScenarioContext context;

    public CallerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Étantdonné("un PCE {role}")
    public void unPce(String role) {
        context.request().put("numeroPce", context.roles().pce(role));
        String postalCode = context.roles().postalCode(role);
        if (postalCode.isEmpty()) {
            context.request().remove("codePostal");
        } else {
            context.request().put("codePostal", postalCode);
        }
    }

    @Étantdonné("je saisis un code postal {codePostal}")
    public void jeSaisisUnCodePostal(String phrase) {
        context.request().put("codePostal", context.roles().namedPostalCode(phrase));
    }

    @Étantdonné("je m'identifie {identification}")
    public void jeMIdentifie(String phrase) {
        context.identify(context.roles().identification(phrase));
    }

    @Étantdonné("j'appelle OMEGA en version {string}")
    public void jAppelleEnVersion(String version) {
        context.identify(Map.of("version", version));
    }
}
