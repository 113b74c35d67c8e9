package dev.omegacoup.omega;

import dev.omegacoup.contract.CodeRetourType;
import dev.omegacoup.contract.TypeRetourDialogueType;

/** The return codes of Annexe A with the TypeRetourDialogue each goes with. */
public enum Reply {
    DMD_OK_DP(TypeRetourDialogueType.T, CodeRetourType.DMD_OK_DP),
    DMD_OK_DD(TypeRetourDialogueType.T, CodeRetourType.DMD_OK_DD),
    MESSAGE(TypeRetourDialogueType.P, CodeRetourType.MESSAGE),
    DATE_PLAGE_H(TypeRetourDialogueType.P, CodeRetourType.DATE_PLAGE_H),
    LISTE_DP(TypeRetourDialogueType.P, CodeRetourType.LISTE_DP),
    DMD_KO(TypeRetourDialogueType.A, CodeRetourType.DMD_KO);

    private final TypeRetourDialogueType dialogue;
    private final CodeRetourType code;

    Reply(TypeRetourDialogueType dialogue, CodeRetourType code) {
        this.dialogue = dialogue;
        this.code = code;
    }

    public TypeRetourDialogueType dialogue() {
        return dialogue;
    }

    public CodeRetourType code() {
        return code;
    }
}
