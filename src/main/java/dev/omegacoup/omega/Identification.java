package dev.omegacoup.omega;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The caller's identification, common to every request. */
public record Identification(String dnEntreprise, String numeroCad, String login,
        String numeroVersion) {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:\\.(\\d+))?");

    /**
     * MSG-4: RetourSynchroInterventions is returned only above "V4". Versions compare
     * as numbers, so V10 is above V4 and V4.0 is not.
     */
    public boolean aboveV4() {
        Matcher m = VERSION.matcher(numeroVersion == null ? "" : numeroVersion.strip());
        if (!m.matches()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return major > 4 || (major == 4 && minor > 0);
    }
}
