package dev.omegacoup.omega;

/** Who calls OMEGA in a test: the identification every request carries. */
record Caller(String dnEntreprise, String numeroCad, String login, String numeroVersion) {

    static final Caller ALPHA = new Caller("CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR",
            "CAD-ALPHA-01", "alpha.agent", "V4");
    static final Caller BETA = new Caller("CN=Beta Gaz,OU=OMEGA,O=Beta Gaz SAS,C=FR",
            "CAD-BETA-01", "beta.agent", "V4");
    static final Caller GAMMA = new Caller("CN=Gamma Fourniture,OU=OMEGA,O=Gamma SA,C=FR",
            "CAD-GAMMA-01", "gamma.agent", "V4");

    Caller withVersion(String version) {
        return new Caller(dnEntreprise, numeroCad, login, version);
    }

    Caller withLogin(String otherLogin) {
        return new Caller(dnEntreprise, numeroCad, otherLogin, numeroVersion);
    }

    Caller withDn(String otherDn) {
        return new Caller(otherDn, numeroCad, login, numeroVersion);
    }

    Caller withCad(String otherCad) {
        return new Caller(dnEntreprise, otherCad, login, numeroVersion);
    }
}
