package dev.omegacoup.steps;

/** The slot a creation request asks for, as a scenario names it. */
enum Slot {
    /** A date and slot the round has free. */
    FREE,
    /** A slot the round of the "matinées prises" PCE never has free. */
    TAKEN,
    /** A date to come, for PCEs booked at the requested date or rounds with no slot. */
    ANY;

    static Slot of(String phrase) {
        return switch (phrase) {
            case "un créneau libre" -> FREE;
            case "un créneau occupé" -> TAKEN;
            default -> ANY;
        };
    }
}
