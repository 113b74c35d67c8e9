# language: fr
@OP-1 @EV-1 @EV-3
Fonctionnalité: Vérifier la recevabilité d'une demande de coupure (étape 1)
  Avant de créer sa demande, le fournisseur demande à OMEGA si la coupure pour
  impayé de ce PCE peut aboutir. Seul le fournisseur titulaire d'un PCE en service
  peut poursuivre ; un refus clôt le dialogue, mais OMEGA enregistre tout de même
  une demande refusée (022 ou 023) que le fournisseur retrouve dans le suivi.

  Règle: Le titulaire d'un PCE bien formé et en service peut poursuivre

    @RC-3b @EV-4
    Scénario: Un PCE 6M dont je suis titulaire est recevable, avec sa dernière relève
      Étant donné un PCE 6M dont je suis titulaire
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "P" avec le code retour "Message"
      Et le message retour est "Demande recevable"
      Et la réponse est conforme au modèle "recevabilite-acceptee"

    @RC-3b @BR-4
    Plan du scénario: Un PCE <pce> est recevable
      Étant donné un PCE <pce>
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "P" avec le code retour "Message"
      Et le message retour est "Demande recevable"

      Exemples:
        | pce                                          |
        | 1M dont je suis titulaire                    |
        | JJ dont je suis titulaire                    |
        | JM dont je suis titulaire                    |
        | MM dont la coupure se fait sans intervention |
        | 6M au format GI dont je suis titulaire       |

  Règle: L'appelant doit être identifié et habilité pour son CAD, lui-même valide

    Plan du scénario: Un appelant qui s'identifie <identification> est refusé
      Étant donné un PCE 6M dont je suis titulaire
      Et je m'identifie <identification>
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "<message>"
      Et la réponse est conforme au modèle "recevabilite-refusee"

      @BR-1 @RC-6f
      Exemples: Login absent ou vide
        | identification     | message                       |
        | sans login         | Le login doit être renseigné. |
        | avec un login vide | Le login doit être renseigné. |

      @BR-2 @RC-6a
      Exemples: Identité qui n'est pas celle du CAD
        | identification                              | message                 |
        | avec le login d'un autre fournisseur        | Habilitation incorrecte |
        | avec le DNEntreprise d'un autre fournisseur | Habilitation incorrecte |
        | avec un CAD inconnu                         | Habilitation incorrecte |

      @BR-3 @RC-6e
      Exemples: CAD dans un état invalide
        | identification      | message              |
        | avec un CAD résilié | Etat du CAD invalide |

  Règle: Le PCE doit exister, être bien formé et être tenu par l'appelant dans un état qui permet la coupure

    Plan du scénario: Un PCE <pce> est refusé
      Étant donné un PCE <pce>
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "<message>"
      Et la réponse est conforme au modèle "recevabilite-refusee"

      @BR-4 @RC-6h @AS-6
      Exemples: PCE inconnu ou mal formé
        | pce             | message                                    |
        | inconnu d'OMEGA | Numéro de PCE incorrect ou inconnu PCE_001 |
        | mal formé       | Numéro de PCE incorrect ou inconnu PCE_002 |

      @BR-5 @RC-6j @AS-6
      Exemples: PCE d'un autre titulaire ou qui ne peut pas être coupé
        | pce                       | message                         |
        | 6M d'un autre fournisseur | Demande non recevable : REC_001 |
        | 6M déjà coupé             | Demande non recevable : REC_002 |

    @serveur @SES-1 @AS-8
    Plan du scénario: Un refus à l'étape 1 pour un PCE <pce> enregistre une demande au statut "<statut>"
      Étant donné un PCE <pce>
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le suivi des demandes montre ma demande au statut "<statut>"

      @BR-4
      Exemples: Demande impossible
        | pce             | statut                               |
        | inconnu d'OMEGA | 022 Demande impossible – PCE inconnu |
        | mal formé       | 022 Demande impossible – PCE inconnu |

      @BR-5
      Exemples: Demande non validée
        | pce                       | statut                  |
        | 6M d'un autre fournisseur | 023 Demande non validée |
        | 6M déjà coupé             | 023 Demande non validée |

  Règle: Un code postal saisi doit être dans le département du PCE

    @BR-6 @RC-6d
    Scénario: Un code postal d'un autre département est refusé
      Étant donné un PCE 6M dont je suis titulaire
      Et je saisis un code postal d'un autre département que le PCE
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "La commune du PCE n’est pas dans le même département que le code postal saisi : merci de corriger le PCE et/ou le code postal"

    @BR-6 @RC-3b
    Scénario: Un code postal d'une autre commune du même département est accepté
      Étant donné un PCE 6M dont je suis titulaire
      Et je saisis un code postal d'une autre commune du département du PCE
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "P" avec le code retour "Message"
      Et le message retour est "Demande recevable"

    @BR-6 @RC-3b
    Scénario: Le code postal est facultatif
      Étant donné un PCE 6M dont je suis titulaire
      Et le champ CodePostal est absent
      Quand je vérifie la recevabilité de la demande de coupure
      Alors OMEGA répond "P" avec le code retour "Message"
      Et le message retour est "Demande recevable"
