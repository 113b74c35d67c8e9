package dev.omegacoup.omega;

/** The PCEs of the default data set, by the role each plays. */
final class Pces {

    /** 6M, Alpha, zone LYON-3 with every slot free, two electricity appointments. */
    static final String FREE_6M = "21000000000001";
    /** 6M, Alpha, zone GRENOBLE where MA and FM are always taken. */
    static final String MORNINGS_TAKEN = "21000000000002";
    /** 6M, Alpha, zone ANNECY where every slot is taken. */
    static final String ROUND_FULL = "21000000000003";
    /** 6M, Alpha, zone AURILLAC that takes no precise appointment. */
    static final String NO_PRECISE_ROUND = "21000000000004";
    /** JJ, Alpha. */
    static final String DAILY = "21000000000005";
    /** MM, Alpha, request without intervention. */
    static final String WITHOUT_INTERVENTION = "21000000000006";
    /** 6M held by Beta. */
    static final String HELD_BY_BETA = "21000000000007";
    /** 6M, Alpha, already cut off. */
    static final String CUT_OFF = "21000000000008";
    /** 6M, Alpha, technical incident at creation. */
    static final String INCIDENT = "21000000000009";
    /** 1M, Alpha, zone LYON-3. */
    static final String MONTHLY = "21000000000010";
    /** JM, Alpha. */
    static final String DAILY_MONTHLY = "21000000000011";
    /** 6M held by Gamma, whose CAD is cancelled. */
    static final String HELD_BY_GAMMA = "21000000000012";
    /** 6M in the GI format, Alpha, in Corsica (2A). */
    static final String GI_FORMAT = "GI000013";

    private Pces() {
    }
}
