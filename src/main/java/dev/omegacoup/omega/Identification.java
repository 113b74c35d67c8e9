package dev.omegacoup.omega;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The caller's identification, common to every request. */
public record Identification(String dnEntreprise, String numeroCad, String login,
        String numeroVersion) {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:\\.(\\d+))?");

    /**
     * MSG-4: RetourSynchroInterventions is returned only above "V4". Versions compare
     * as numbers, so V10 is above V4 and V4.0 is not. They are read as BigInteger
     * because a laxer schema than the project's may let any number of digits through.
     */
    public boolean aboveV4() {
        Matcher m = VERSION.matcher(numeroVersion == null ? "" : numeroVersion.strip());
        if (!m.matches()) {
            return false;
        }
        int major = new BigInteger(m.group(1)).compareTo(BigInteger.valueOf(4));
        boolean minor = m.group(2) != null && new BigInteger(m.group(2)).signum() > 0;
        return major > 0 || (major == 0 && minor);
    }
}
