package dev.omegacoup.omega;

import dev.omegacoup.omega.DataSet.Supplier;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * Checks that come before anything else on every call: the service is available
 * (BR-15, BR-16) and the caller is who it claims to be (BR-1, BR-2, BR-3).
 * Each check answers the DmdKo text of its rule, or nothing.
 */
final class AccessRules {

    private final DataSet data;
    private final Availability availability;
    private final ServiceClock clock;

    AccessRules(DataSet data, Availability availability, ServiceClock clock) {
        this.data = data;
        this.availability = availability;
        this.clock = clock;
    }

    /**
     * @param certificateDn the subject of the caller's TLS client certificate, or null
     *                      over plain HTTP
     */
    Optional<String> refusal(Identification id, String certificateDn) {
        if (availability.inMaintenance()) {
            return Optional.of(Texts.MAINTENANCE);
        }
        if (!availability.open(clock.now())) {
            return Optional.of(Texts.HORS_OUVERTURE);
        }
        if (id.login() == null || id.login().isBlank()) {
            return Optional.of(Texts.LOGIN);
        }
        Optional<Supplier> supplier = data.supplier(id.numeroCad());
        if (supplier.isEmpty() || !entitled(supplier.get(), id, certificateDn)) {
            return Optional.of(Texts.HABILITATION);
        }
        if (!supplier.get().cadValide()) {
            return Optional.of(Texts.ETAT_CAD);
        }
        return Optional.empty();
    }

    /** BR-2: DN, certificate and login all belong to the CAD's supplier. */
    private static boolean entitled(Supplier supplier, Identification id, String certificateDn) {
        return sameDn(supplier.dnEntreprise(), id.dnEntreprise())
                && (certificateDn == null || sameDn(supplier.dnEntreprise(), certificateDn))
                && supplier.logins().contains(id.login().strip());
    }

    /** Distinguished names compare as names: case, spacing and escaping do not matter. */
    static boolean sameDn(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return new LdapName(expected).equals(new LdapName(actual.strip()));
        } catch (InvalidNameException e) {
            return false;
        }
    }
}
