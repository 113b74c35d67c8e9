package dev.omegacoup.steps;

/** What the supplier proposes with ProposerDatePlage, as a scenario names it. */
enum Proposal {
    OTHER_FREE,
    TAKEN,
    FIRST_OF_LIST,
    UNKNOWN_PLAGE;

    static Proposal of(String phrase) {
        return switch (phrase) {
            case "un autre créneau libre" -> OTHER_FREE;
            case "un créneau occupé" -> TAKEN;
            case "le premier créneau de la liste" -> FIRST_OF_LIST;
            default -> UNKNOWN_PLAGE;
        };
    }
}
