# language: fr
@serveur @OP-2 @BR-23 @AS-7
Fonctionnalité: Transmettre le contact d'intervention au technicien
  Le contact d'intervention parvient à l'agent sur une seule ligne d'observation :
  pour une coupure avec prise de règlement (Z4), le montant dû et le minimum à
  percevoir (dix caractères chacun) précèdent le nom (15 caractères au plus), le
  code d'accès (5) et le complément d'adresse, coupé pour que la ligne tienne en
  80 caractères, complément de 60 au plus. Le suivi des demandes montre la ligne.

  Règle: Une coupure avec prise de règlement (Z4) commence par les montants

    Scénario: Les montants, alignés sur dix caractères, précèdent le contact
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ MontantDu vaut "1250.4"
      Et le champ MinimumAPercevoir vaut "300"
      Quand je crée la demande de coupure
      Alors l'observation transmise au technicien est :
        """
           1250.40     300.00 Martin Dupont B1234 Bâtiment B, 3e étage, porte gauche
        """

    Scénario: Le complément d'adresse est coupé à 36 caractères derrière un contact complet
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z4 sur un créneau libre
      Et le champ ContactIntervention.Nom vaut "Jean-Christophe Martin-Lefebvre"
      Et le champ ContactIntervention.CodeAcces vaut "1234567"
      Et le champ ContactIntervention.ComplementAdresse vaut "Résidence Les Tilleuls, bâtiment C2, escalier B3, porte du fond, couloir à droite"
      Quand je crée la demande de coupure
      Alors l'observation transmise au technicien est :
        """
           1250.40     300.00 Jean-Christophe 12345 Résidence Les Tilleuls, bâtiment C2,
        """

  Règle: Une coupure ferme (Z5) ne porte que le contact

    Plan du scénario: Pour le contact "<nom>", le complément est coupé à <coupe> caractères
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Et le champ ContactIntervention.Nom vaut "<nom>"
      Et le champ ContactIntervention.CodeAcces vaut "<code>"
      Et le champ ContactIntervention.ComplementAdresse vaut "Résidence Les Tilleuls, bâtiment C2, escalier B3, porte du fond, couloir à droite"
      Quand je crée la demande de coupure
      Alors l'observation transmise au technicien est :
        """
        <observation>
        """

      Exemples:
        | nom                             | code    | coupe | observation                                                                      |
        | Jean-Christophe Martin-Lefebvre | 1234567 | 58    | Jean-Christophe 12345 Résidence Les Tilleuls, bâtiment C2, escalier B3, porte du |
        | Martin                          | B12     | 60    | Martin B12 Résidence Les Tilleuls, bâtiment C2, escalier B3, porte du f          |

    Scénario: Un contact court passe en entier
      Étant donné un PCE 6M dont je suis titulaire
      Et je prépare une demande de coupure Z5 sur un créneau libre
      Quand je crée la demande de coupure
      Alors l'observation transmise au technicien est :
        """
        Martin Dupont B1234 Bâtiment B, 3e étage, porte gauche
        """
