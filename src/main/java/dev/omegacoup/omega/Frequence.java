package dev.omegacoup.omega;

import java.util.Arrays;

/** Meter reading frequencies (Annexe C). */
public enum Frequence {
    SEMESTRIELLE("6M"),
    MENSUELLE("1M"),
    JJ("JJ"),
    JM("JM"),
    MM("MM");

    private final String code;

    Frequence(String code) {
        this.code = code;
    }

    public static Frequence of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> new DataSetException("unknown reading frequency '" + code
                        + "' (expected 6M, 1M, JJ, JM or MM)"));
    }

    public String code() {
        return code;
    }

    /**
     * 6M and 1M PCEs get a precise appointment with a slot (BR-18, AS-9); JJ, JM and
     * MM PCEs are booked at the requested date (BR-19).
     */
    public boolean precise() {
        return this == SEMESTRIELLE || this == MENSUELLE;
    }
}
