package org.pathways.team;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** The role of a member of the care team. */
public enum TeamRole implements Coded {
    /**
     * The dedicated case worker, so the person does not have to retell their story (NORAHT,
     * programming). At most one is the lead. Code {@code dedicated_case_worker}.
     */
    DEDICATED_CASE_WORKER("dedicated_case_worker"),
    /** A peer support worker with lived experience, a paid member (NORAHT recommendation 3). Code {@code peer_support_worker}. */
    PEER_SUPPORT_WORKER("peer_support_worker"),
    /** A counsellor or therapist. Code {@code counsellor}. */
    COUNSELLOR("counsellor"),
    /** A nurse, physician or other health provider. Code {@code health_provider}. */
    HEALTH_PROVIDER("health_provider"),
    /** A housing or shelter worker. Code {@code housing_worker}. */
    HOUSING_WORKER("housing_worker"),
    /** A legal advocate or lawyer. Code {@code legal_advocate}. */
    LEGAL_ADVOCATE("legal_advocate"),
    /** An Elder or knowledge keeper (NORAHT principle 4). Code {@code elder_or_knowledge_keeper}. */
    ELDER_OR_KNOWLEDGE_KEEPER("elder_or_knowledge_keeper"),
    /** Family, including family of choice. Code {@code family}. */
    FAMILY("family"),
    /** Anyone else the person wants on the team. Code {@code other}. */
    OTHER("other");

    private final String code;

    TeamRole(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the role with the given wire code.
     *
     * @param code the code, such as {@code peer_support_worker}
     * @return the role
     * @throws org.pathways.UnknownCodeException if no role has that code
     */
    public static TeamRole fromCode(String code) {
        return Codes.fromCode(TeamRole.class, code);
    }
}
