package dev.omegacoup.steps;

import io.cucumber.java.ParameterType;

/** The suite's vocabulary: roles of PCEs and intervention codes. */
public final class ParameterTypes {

    /** A PCE role, named as in the data set, e.g. "6M dont je suis titulaire". */
    @ParameterType("(?:6M|1M|JJ|JM|MM|GI)[^\"]*?|d'un autre fournisseur|inconnu[^\"]*?")
    public String role(String role) {
        return role;
    }

    /** CodeLibelleIntervention (Annexe B). */
    @ParameterType("Z4|Z5|210")
    public String intervention(String code) {
        return code;
    }
}
