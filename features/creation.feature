# language: fr
@OP-2 @EV-4
Fonctionnalité: Créer la demande de coupure (étape 2)
  Le fournisseur crée sa demande sur une date et une plage. Pour un PCE 6M ou 1M,
  OMEGA cherche un rendez-vous précis : il confirme le créneau s'il est libre, ou
  propose les créneaux libres des deux jours ouvrés suivants ; s'il ne le peut pas,
  la demande est tout de même enregistrée à la date demandée. Un PCE JJ, JM ou MM
  est toujours pris à la date demandée.

  Règle: Un PCE 6M ou 1M obtient un rendez-vous précis quand son créneau est libre

    @RC-4 @BR-18 @BR-20 @EV-7
    Plan du scénario: Une coupure <intervention> d'un PCE <pce> sur un créneau libre propose ce créneau à ses heures réelles
      Étant donné un PCE <pce>
      Quand je crée une demande de coupure <intervention> sur un créneau libre
      Alors OMEGA répond "P" avec le code retour "DatePlageH"
      Et le message retour est "La date et la plage horaire demandées sont disponibles. Confirmez le rendez vous."
      Et le rendez-vous proposé est le créneau demandé, aux heures réelles de sa plage
      Et la réponse est conforme au modèle "date-plage-disponible"

      Exemples:
        | pce                       | intervention |
        | 6M dont je suis titulaire | Z4           |
        | 6M dont je suis titulaire | Z5           |

      @AS-9
      Exemples: Un PCE 1M est traité comme un PCE 6M
        | pce                       | intervention |
        | 1M dont je suis titulaire | Z5           |

    @RC-5 @BR-21 @AS-3 @AS-4 @EV-7
    Scénario: Une coupure sur un créneau occupé propose les créneaux libres des deux jours ouvrés suivants
      Étant donné un PCE 6M dont la tournée a ses matinées prises
      Quand je crée une demande de coupure Z5 sur un créneau occupé
      Alors OMEGA répond "P" avec le code retour "ListeDP"
      Et le message retour est "La date et la plage horaire demandées ne sont pas disponibles. Choisissez une nouvelle date et ou plage horaire dans la liste."
      Et un numéro de demande est attribué
      Et la liste propose au plus 24 créneaux libres, tous pris dans les deux jours ouvrés qui suivent la date demandée

  Règle: Quand un rendez-vous précis est impossible, la demande d'un PCE 6M est enregistrée à la date demandée

    @RC-3a @BR-18 @AS-6 @EV-7
    Scénario: Sans aucun créneau libre, la demande est enregistrée à la date demandée et le dialogue se poursuit
      Étant donné un PCE 6M dont la tournée est complète
      Quand je crée une demande de coupure Z5 sur une date à venir
      Alors OMEGA répond "P" avec le code retour "Message"
      Et le message retour est " Le rendez vous a été enregistré à la date demandée, pour poursuivre analyser le message lié au code suivant : MSG_020"
      Et la réponse confirme la date demandée
      Et la réponse est conforme au modèle "poursuivre-date-demandee"

    @RC-2b @BR-18 @AS-6 @EV-7
    Scénario: Une tournée sans rendez-vous précis enregistre la demande à la date demandée
      Étant donné un PCE 6M dont la tournée ne prend pas de rendez-vous précis
      Quand je crée une demande de coupure Z4 sur une date à venir
      Alors OMEGA répond "T" avec le code retour "DmdOkDD"
      Et le message retour est "Le rendez vous a été enregistré à la date demandée, un technicien appellera le client pour confirmer le rendez vous : MSG_010"
      Et la réponse confirme la date demandée
      Et la réponse est conforme au modèle "date-demandee"

  Règle: Un PCE JJ, JM ou MM est pris à la date demandée

    @RC-2a @BR-19 @EV-7
    Plan du scénario: La demande d'un PCE <pce> est enregistrée à la date demandée
      Étant donné un PCE <pce>
      Quand je crée une demande de coupure 210 sur une date à venir
      Alors OMEGA répond "T" avec le code retour "DmdOkDD"
      Et le message retour est "Le rendez vous a été enregistré à la date demandée, un technicien appellera le client pour confirmer le rendez vous."
      Et la réponse confirme la date demandée
      Et la réponse est conforme au modèle "date-demandee"

      Exemples:
        | pce                       |
        | JJ dont je suis titulaire |
        | JM dont je suis titulaire |

    @RC-2c @BR-19 @EV-7
    Scénario: Une demande sans intervention est enregistrée sans rendez-vous
      Étant donné un PCE MM dont la coupure se fait sans intervention
      Quand je crée une demande de coupure 210 sur une date à venir
      Alors OMEGA répond "T" avec le code retour "DmdOkDD"
      Et le message retour est "La demande sans intervention a été enregistrée correctement dans OMEGA."
      Et la réponse est conforme au modèle "sans-intervention"

    @serveur @SES-2 @AS-8 @EV-7
    Plan du scénario: Après la création, le suivi montre la demande d'un PCE <pce> au statut "<statut>"
      Étant donné un PCE <pce>
      Quand je crée une demande de coupure <intervention> sur une date à venir
      Alors un numéro de demande est attribué
      Et le suivi des demandes montre ma demande au statut "<statut>"

      Exemples:
        | pce                                          | intervention | statut                  |
        | 6M dont je suis titulaire                    | Z5           | en attente de RDV       |
        | JJ dont je suis titulaire                    | 210          | en attente de RDV       |
        | MM dont la coupure se fait sans intervention | 210          | en cours de réalisation |

  Règle: Une demande refusée n'est pas créée ; corrigée, elle peut être renvoyée

    Plan du scénario: La création est refusée à un appelant qui s'identifie <identification>
      Étant donné un PCE 6M dont je suis titulaire
      Et je m'identifie <identification>
      Quand je crée une demande de coupure Z5 sur un créneau libre
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "<message>"
      Et la réponse est conforme au modèle "refus"

      @BR-1 @RC-6f @EV-6
      Exemples: Login absent
        | identification | message                       |
        | sans login     | Le login doit être renseigné. |

      @BR-2 @RC-6a @EV-6
      Exemples: Login d'un autre fournisseur
        | identification                       | message                 |
        | avec le login d'un autre fournisseur | Habilitation incorrecte |

      @BR-3 @RC-6e @EV-6
      Exemples: CAD résilié
        | identification      | message              |
        | avec un CAD résilié | Etat du CAD invalide |

    @EV-6
    Plan du scénario: La création est refusée sur un PCE <pce>
      Étant donné un PCE <pce>
      Quand je crée une demande de coupure Z5 sur un créneau libre
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "<message>"
      Et aucun numéro de demande n'est attribué

      @BR-4 @RC-6h @AS-6
      Exemples: PCE inconnu
        | pce             | message                                    |
        | inconnu d'OMEGA | Numéro de PCE incorrect ou inconnu PCE_001 |

      @BR-5 @RC-6j @AS-6
      Exemples: PCE d'un autre titulaire
        | pce                       | message                         |
        | 6M d'un autre fournisseur | Demande non recevable : REC_001 |
        | 6M déjà coupé             | Demande non recevable : REC_002 |

    @EV-6 @BR-10 @RC-6k @RC-4
    Scénario: Une demande refusée pour une donnée manquante est corrigée puis créée
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ MontantDu est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et aucun numéro de demande n'est attribué
      Quand le champ MontantDu vaut "1250.40"
      Et je crée la demande de coupure
      Alors OMEGA répond "P" avec le code retour "DatePlageH"
      Et un numéro de demande est attribué

  Règle: Une panne technique interrompt le dialogue

    @BR-17 @RC-6i @AS-6
    Scénario: Un incident technique à la création interrompt le dialogue
      Étant donné un PCE 6M dont la création rencontre un incident technique
      Quand je crée une demande de coupure Z5 sur un créneau libre
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Dialogue interrompu suite à un problème technique, vérifiez l’état de la demande sur le portail ou les publications OMEGA. TECH_001"
      Et la réponse est conforme au modèle "refus"

  Règle: Les rendez-vous électricité du même local ne sont annoncés qu'au-delà de la version V4

    @MSG-4 @RC-4
    Plan du scénario: En version <version>, la réponse annonce <nombre> rendez-vous électricité du même local
      Étant donné un PCE 6M dont je suis titulaire
      Et j'appelle OMEGA en version "<version>"
      Quand je crée une demande de coupure Z5 sur un créneau libre
      Alors OMEGA répond "P" avec le code retour "DatePlageH"
      Et la réponse annonce <nombre> rendez-vous électricité dans le même local

      Exemples:
        | version | nombre |
        | V3      | 0      |
        | V4      | 0      |
        | V4.0    | 0      |
        | V4.1    | 2      |
        | V5      | 2      |
        | V10     | 2      |

  Règle: NumeroSynchroIntervention est accepté et ignoré, quelle que soit sa valeur

    @BR-13 @RC-4
    Plan du scénario: NumeroSynchroIntervention "<valeur>" ne change rien à la réponse
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ NumeroSynchroIntervention vaut "<valeur>"
      Quand je crée la demande de coupure
      Alors OMEGA répond "P" avec le code retour "DatePlageH"
      Et la réponse est conforme au modèle "date-plage-disponible"

      Exemples:
        | valeur         |
        |                |
        | 1              |
        | 999999         |
        | n'importe quoi |
