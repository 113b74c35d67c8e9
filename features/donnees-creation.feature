# language: fr
@OP-2 @AS-6
Fonctionnalité: Contrôler les données de la demande de coupure
  OMEGA vérifie chaque donnée de la demande au-delà de ce que dit le schéma, et
  répond "Donnée incorrecte : " suivi du code du champ et du code de cohérence,
  une fois par erreur. Les codes de champ et de cohérence sont ceux du catalogue
  du projet (seul DEM_COH01 vient de la spécification) ; un jeu de données peut
  les traduire dans le catalogue d'une autre cible. Le schéma du projet refuse déjà
  les montants et les dates mal formés : le client ne peut pas les envoyer.

  Règle: Le type de demande est COUP

    @BR-7 @MSG-2 @RC-6k @EV-6
    Plan du scénario: Le type de demande "<type>" est refusé bien que le schéma l'accepte
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ TypeDemande vaut "<type>"
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : TypeDemande / DEM_COH02"
      Et la réponse est conforme au modèle "refus"

      Exemples:
        | type    |
        | COUPURE |
        | coup    |
        | MES     |

  Règle: Le code d'intervention dépend de la fréquence de relève du PCE

    @BR-8
    Plan du scénario: Une coupure <intervention> est acceptée sur un PCE <pce>
      Étant donné un PCE <pce>
      Quand je crée une demande de coupure <intervention> sur une date à venir
      Alors OMEGA répond "<type>" avec le code retour "<code>"

      Exemples:
        | pce                                          | intervention | type | code       |
        | 6M dont je suis titulaire                    | Z4           | P    | DatePlageH |
        | 6M dont je suis titulaire                    | Z5           | P    | DatePlageH |
        | JJ dont je suis titulaire                    | 210          | T    | DmdOkDD    |
        | JM dont je suis titulaire                    | 210          | T    | DmdOkDD    |
        | MM dont la coupure se fait sans intervention | 210          | T    | DmdOkDD    |

      @AS-9
      Exemples: Un PCE 1M est traité comme un PCE 6M
        | pce                       | intervention | type | code       |
        | 1M dont je suis titulaire | Z4           | P    | DatePlageH |
        | 1M dont je suis titulaire | Z5           | P    | DatePlageH |

    @BR-8 @RC-6k @EV-6
    Plan du scénario: Une coupure <intervention> est refusée sur un PCE <pce>
      Étant donné un PCE <pce>
      Quand je crée une demande de coupure <intervention> sur une date à venir
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : CodeLibelleIntervention / DEM_COH03"

      Exemples:
        | pce                                          | intervention |
        | 6M dont je suis titulaire                    | 210          |
        | JJ dont je suis titulaire                    | Z4           |
        | JJ dont je suis titulaire                    | Z5           |
        | JM dont je suis titulaire                    | Z5           |
        | MM dont la coupure se fait sans intervention | Z4           |

      @AS-9
      Exemples: Un PCE 1M est traité comme un PCE 6M
        | pce                       | intervention |
        | 1M dont je suis titulaire | 210          |

  Règle: Aucune option express n'est permise pour Z4, Z5 ou 210

    @BR-9 @RC-6k @EV-6
    Plan du scénario: L'option express est refusée pour une coupure <intervention>
      Étant donné un PCE <pce>
      Et je prépare une demande de coupure <intervention> sur une date à venir
      Et le champ OptionExpress vaut "1"
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : OptionExpress / DEM_COH04"

      Exemples:
        | pce                       | intervention |
        | 6M dont je suis titulaire | Z4           |
        | 6M dont je suis titulaire | Z5           |
        | JJ dont je suis titulaire | 210          |

    @BR-9 @RC-4
    Plan du scénario: Sans option express ("<option>"), la coupure est acceptée
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ OptionExpress vaut "<option>"
      Quand je crée la demande de coupure
      Alors OMEGA répond "P" avec le code retour "DatePlageH"

      Exemples:
        | option |
        | 0      |
        |        |

  Règle: Une coupure avec prise de règlement (Z4) exige le montant dû et le minimum à percevoir

    @BR-10 @RC-6k @EV-6
    Plan du scénario: Une coupure Z4 sans <champ> est refusée par DEM_COH01
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ <champ> est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : <champ> / DEM_COH01"

      Exemples:
        | champ             |
        | MontantDu         |
        | MinimumAPercevoir |

    @BR-10 @BR-14 @MSG-3 @RC-6k @EV-6
    Scénario: Une coupure Z4 sans aucun montant reçoit un message par montant manquant
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ MontantDu est absent
      Et le champ MinimumAPercevoir est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et les messages retour sont :
        | Donnée incorrecte : MontantDu / DEM_COH01         |
        | Donnée incorrecte : MinimumAPercevoir / DEM_COH01 |

    @BR-10 @RC-4
    Scénario: Une coupure ferme (Z5) n'exige aucun montant
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ MontantDu est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "P" avec le code retour "DatePlageH"

  Règle: Les montants sont des décimaux 10,2 dans [0 ; 100 000 000[

    @BR-11 @RC-4
    Plan du scénario: Un <champ> de <montant> est accepté
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ <champ> vaut "<montant>"
      Quand je crée la demande de coupure
      Alors OMEGA répond "P" avec le code retour "DatePlageH"

      Exemples:
        | champ             | montant     |
        | MontantDu         | 0           |
        | MontantDu         | 0.00        |
        | MontantDu         | 99999999.99 |
        | MinimumAPercevoir | 0           |
        | MinimumAPercevoir | 99999999.99 |

    @BR-11 @MSG-1 @AS-2 @EV-6
    Plan du scénario: Un <champ> de <montant> est refusé, par le schéma comme par OMEGA
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ <champ> vaut "<montant>"
      Quand je vérifie la demande de coupure contre le schéma
      Alors le schéma refuse l'élément <champ>
      Quand j'envoie tout de même la demande de coupure
      Alors OMEGA refuse l'élément <champ>

      Exemples:
        | champ             | montant     |
        | MontantDu         | 100000000   |
        | MontantDu         | -0.01       |
        | MontantDu         | 12.345      |
        | MontantDu         | 1e3         |
        | MinimumAPercevoir | 100000000   |
        | MinimumAPercevoir | -1          |
        | MinimumAPercevoir | 0.001       |

  Règle: La date du premier rendez-vous est une date valide ; la plage est nécessaire sur un PCE 6M ou 1M

    @BR-12 @RC-6k @EV-6
    Scénario: Une demande sans date de rendez-vous est refusée
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ PremierRdvDemande.Date est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : PremierRdvDemande.Date / DEM_COH06"

    @BR-12 @RC-6k @EV-6
    Plan du scénario: Une demande sans plage sur un PCE <pce> est refusée
      Étant donné un PCE <pce>
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ PremierRdvDemande.Plage est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : PremierRdvDemande.Plage / DEM_COH08"

      Exemples:
        | pce                       |
        | 6M dont je suis titulaire |

      @AS-9
      Exemples: Un PCE 1M est traité comme un PCE 6M
        | pce                       |
        | 1M dont je suis titulaire |

    @BR-12 @RC-2a
    Scénario: Une demande sans plage sur un PCE JJ est acceptée à la date demandée
      Étant donné un PCE JJ dont je suis titulaire
      Et je prépare une demande de coupure 210 sur une date à venir
      Et le champ PremierRdvDemande.Plage est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "T" avec le code retour "DmdOkDD"
      Et la réponse confirme la date demandée

    @BR-12 @AS-3 @RC-6k @EV-6
    Scénario: Une plage absente du catalogue des plages est refusée
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ PremierRdvDemande.Plage vaut "ZZ"
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et le message retour est "Donnée incorrecte : PremierRdvDemande.Plage / DEM_COH09"

    @BR-12 @MSG-1 @AS-2 @EV-6
    Plan du scénario: La date "<date>" est refusée, par le schéma comme par OMEGA
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ PremierRdvDemande.Date vaut "<date>"
      Quand je vérifie la demande de coupure contre le schéma
      Alors le schéma refuse l'élément Date
      Quand j'envoie tout de même la demande de coupure
      Alors OMEGA refuse l'élément Date

      Exemples:
        | date             |
        | 2031-02-30       |
        | 2031-13-01       |
        | 01/03/2031       |
        | 2031-3-1         |
        | 2031-03-03+01:00 |

  Règle: Toutes les erreurs de données d'une demande sont signalées ensemble

    @BR-14 @MSG-3 @BR-7 @BR-9 @BR-10 @RC-6k @EV-6
    Scénario: Une demande aux quatre erreurs reçoit les quatre messages
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ TypeDemande vaut "DEM"
      Et le champ OptionExpress vaut "1"
      Et le champ MontantDu est absent
      Et le champ MinimumAPercevoir est absent
      Quand je crée la demande de coupure
      Alors OMEGA répond "A" avec le code retour "DmdKo"
      Et les messages retour sont :
        | Donnée incorrecte : TypeDemande / DEM_COH02       |
        | Donnée incorrecte : OptionExpress / DEM_COH04     |
        | Donnée incorrecte : MontantDu / DEM_COH01         |
        | Donnée incorrecte : MinimumAPercevoir / DEM_COH01 |
