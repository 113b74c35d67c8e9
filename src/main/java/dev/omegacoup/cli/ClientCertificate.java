package dev.omegacoup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * The client certificate the harness presents must be the data set's supplier: OMEGA
 * compares DNEntreprise with it (BR-2), so a mismatch would fail every scenario with
 * "Habilitation incorrecte". Said once, before the suite.
 */
final class ClientCertificate {

    private ClientCertificate() {
    }

    static void requireSubject(Path keystore, String password, String dnEntreprise) {
        String subject = subject(keystore, password);
        if (!sameDn(subject, dnEntreprise)) {
            throw new IllegalArgumentException("the client certificate in " + keystore
                    + " is for '" + subject + "' but the data set's fournisseur.dnEntreprise"
                    + " is '" + dnEntreprise + "': OMEGA would refuse every call (BR-2)");
        }
    }

    private static String subject(Path keystore, String password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password == null ? new char[0] : password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)
                        && store.getCertificate(alias) instanceof X509Certificate leaf) {
                    return leaf.getSubjectX500Principal().getName();
                }
            }
            throw new IllegalArgumentException(keystore + " holds no private key with its"
                    + " certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open " + keystore + ": wrong password,"
                    + " or not a PKCS#12 file");
        }
    }

    private static boolean sameDn(String a, String b) {
        try {
            return new LdapName(a).equals(new LdapName(b));
        } catch (InvalidNameException e) {
            return false;
        }
    }
}
