# language: fr
@SES-3 @EV-8 @AS-1
Fonctionnalité: Rester dans la séquence du dialogue
  OMEGA ne garde pas de session : le numéro de demande relie les appels. Un appel
  hors séquence (demande inconnue, demande d'un autre fournisseur, rendez-vous sur
  une demande terminée, acceptation sans proposition) reçoit une erreur. Les codes
  SEQ_00n sont ceux du catalogue du projet (voir le README).

  Règle: Un appel de rendez-vous hors séquence reçoit une erreur

    @OP-4
    Plan du scénario: Accepter le rendez-vous d'une demande <situation> est refusé
      Étant donné un PCE <pce>
      Et une demande de coupure <situation>
      Quand j'accepte le rendez-vous proposé
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "<message>"
      Et la réponse est conforme au modèle "refus"

      @RC-6j @AS-6
      Exemples: Demande inconnue, terminée ou sans proposition
        | pce                                      | situation                                        | message                         |
        | 6M dont je suis titulaire                | inconnue d'OMEGA                                 | Demande non recevable : SEQ_001 |
        | 6M dont je suis titulaire                | dont le rendez-vous est programmé                | Demande non recevable : SEQ_002 |
        | 6M dont je suis titulaire                | abandonnée                                       | Demande non recevable : SEQ_002 |
        | 6M dont la tournée a ses matinées prises | à laquelle OMEGA a proposé une liste de créneaux | Demande non recevable : SEQ_003 |

      @RC-6a @BR-2
      Exemples: Demande d'un autre fournisseur
        | pce                       | situation                      | message                 |
        | 6M dont je suis titulaire | créée par un autre fournisseur | Habilitation incorrecte |

    @OP-5 @RC-6j @AS-6
    Scénario: Demander les créneaux suivants d'une demande inconnue est refusé
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure inconnue d'OMEGA
      Quand je demande les créneaux suivants
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Demande non recevable : SEQ_001"

    @OP-3 @RC-6j @AS-6
    Scénario: Proposer une date sur une demande dont le rendez-vous est programmé est refusé
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure dont le rendez-vous est programmé
      Quand je propose un autre créneau libre
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Demande non recevable : SEQ_002"

  Règle: Un changement de statut par un événement interne interrompt le dialogue

    @serveur @SES-4 @RC-6i @AS-6 @OP-4
    Scénario: Après un événement interne, l'appel suivant du dialogue est refusé
      Étant donné un PCE 6M dont je suis titulaire
      Et une demande de coupure Z5 créée sur un créneau libre
      Et un événement interne passe la demande au statut "annulée"
      Quand j'accepte le rendez-vous proposé
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Dialogue interrompu suite à un problème technique, vérifiez l’état de la demande sur le portail ou les publications OMEGA. SEQ_005"
