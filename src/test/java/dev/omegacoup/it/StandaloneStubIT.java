package dev.omegacoup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.CreerDemandeCOUPPortType;
import dev.omegacoup.contract.CreerDemandeCOUPService;
import dev.omegacoup.contract.DemandeType;
import dev.omegacoup.contract.DonneesTypeDemandeType;
import dev.omegacoup.contract.PremierRdvDemandeType;
import dev.omegacoup.contract.ReponseCreerDemandeType;
import dev.omegacoup.contract.ReponseWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.RequeteSurDemandeType;
import dev.omegacoup.contract.RequeteWSCreerDemandeCOUP;
import dev.omegacoup.contract.RequeteWSVerifierRecevabiliteCOUP;
import dev.omegacoup.contract.TypeRetourDialogueType;
import dev.omegacoup.contract.UtilisateurType;
import dev.omegacoup.xml.Contract;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged jar's {@code serve} command, driven by real SOAP clients. */
class StandaloneStubIT {

    private static StandaloneStub stub;

    @BeforeAll
    static void start() throws Exception {
        stub = StandaloneStub.start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @Test
    void cxfClientFromTheWsdlPlaysTheNominalDialogue() throws Exception {
        CreerDemandeCOUPService service =
                new CreerDemandeCOUPService(new URL(stub.endpoint() + "?wsdl"));
        CreerDemandeCOUPPortType port = service.getCreerDemandeCOUPPort();

        ReponseWSVerifierRecevabiliteCOUP recevable =
                port.verifierRecevabiliteCOUP(verifier("21000000000001"));
        assertEquals(CodeRetourType.MESSAGE, recevable.getRetour().getCodeRetour());
        assertEquals("Demande recevable", recevable.getRetour().getMessageRetour().get(0));

        ReponseCreerDemandeType proposed = port.creerDemandeCOUP(creer("21000000000001",
                "2030-03-14", "DA"));
        assertEquals(TypeRetourDialogueType.P, proposed.getTypeRetourDialogue());
        assertEquals(CodeRetourType.DATE_PLAGE_H, proposed.getRetour().getCodeRetour());
        String numero = proposed.getReponseCreerDemandeObjet().getNumeroDemande();
        assertEquals("13:30",
                proposed.getReponseCreerDemandeObjet().getDateProgrammee().getHeureMin());

        RequeteSurDemandeType accept = identify(new RequeteSurDemandeType());
        accept.setNumeroDemande(numero);
        ReponseCreerDemandeType done = port.accepterRdv(accept);
        assertEquals(TypeRetourDialogueType.T, done.getTypeRetourDialogue());
        assertEquals(CodeRetourType.DMD_OK_DP, done.getRetour().getCodeRetour());
        assertEquals("Le rendez vous a été programmé avec succès.",
                done.getRetour().getMessageRetour().get(0));
    }

    @Test
    void readmeSampleWithPlainHttpGetsAnXsdValidAnswer() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.endpoint()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(
                        Path.of("stubs/samples/verifier-recevabilite.xml")))
                .build();

        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertEquals(java.util.List.of(), Contract.packaged().validate(response.body()));
        assertTrue(new String(response.body(), "UTF-8").contains("Demande recevable"));
    }

    private static RequeteWSVerifierRecevabiliteCOUP verifier(String pce) {
        RequeteWSVerifierRecevabiliteCOUP request = new RequeteWSVerifierRecevabiliteCOUP();
        request.setDNEntreprise(StandaloneStub.DN);
        request.setNumeroCAD("CAD-ALPHA-01");
        request.setUtilisateur(login());
        request.setNumeroVersion("V4");
        request.setNumeroPCE(pce);
        return request;
    }

    private static RequeteWSCreerDemandeCOUP creer(String pce, String date, String plage)
            throws Exception {
        DonneesTypeDemandeType type = new DonneesTypeDemandeType();
        type.setCodeLibelleIntervention("Z5");
        PremierRdvDemandeType rdv = new PremierRdvDemandeType();
        rdv.setDate(DatatypeFactory.newInstance().newXMLGregorianCalendar(date));
        rdv.setPlage(plage);
        DemandeType demande = new DemandeType();
        demande.setTypeDemande("COUP");
        demande.setNumeroPCE(pce);
        demande.setDonneesTypeDemande(type);
        demande.setPremierRdvDemande(rdv);

        RequeteWSCreerDemandeCOUP request = new RequeteWSCreerDemandeCOUP();
        request.setDNEntreprise(StandaloneStub.DN);
        request.setNumeroCAD("CAD-ALPHA-01");
        request.setUtilisateur(login());
        request.setNumeroVersion("V4");
        request.setDemande(demande);
        return request;
    }

    private static RequeteSurDemandeType identify(RequeteSurDemandeType request) {
        request.setDNEntreprise(StandaloneStub.DN);
        request.setNumeroCAD("CAD-ALPHA-01");
        request.setUtilisateur(login());
        request.setNumeroVersion("V4");
        return request;
    }

    private static UtilisateurType login() {
        UtilisateurType user = new UtilisateurType();
        user.setLogin("alpha.agent");
        return user;
    }
}
