package org.practicum.core.cohort;

import java.util.List;
import java.util.Optional;

/**
 * Durable cohorts: their members by role, the scenarios assigned in order, and which sessions belong to
 * which cohort. Every write is committed before it returns (inside a transaction the caller opened over
 * several stores, with that transaction), so what a facilitator was told is done is kept. Writes that
 * repeat an earlier one (enrolling someone twice, linking a session again) keep one entry, not two.
 * Thread-safe.
 */
public interface CohortStore {

    /**
     * Stores a new cohort with its first members, unless its community already has a cohort of that name
     * ({@link Cohort#nameKey}: whatever the case and spacing); then it stores nothing and returns false.
     * Decided by the store, so two facilitators creating the same name at once get one cohort.
     */
    boolean create(Cohort cohort);

    /** The id of the community's cohort with this {@link Cohort#nameKey}, if it has one. */
    Optional<String> named(String community, String nameKey);

    /** Adds a member with a role; a person already holding that role in the cohort is kept once. */
    void addMember(String cohortId, Cohort.Member member);

    /** Replaces the cohort's assigned scenarios with these, in this order. */
    void assignScenarios(String cohortId, List<String> scenarioIds);

    /** The session belongs to this cohort, replacing any earlier link. */
    void linkSession(String cohortId, String sessionId);

    Optional<String> cohortOfSession(String sessionId);

    /** The cohort's sessions, oldest first. */
    List<String> sessionsOf(String cohortId);

    /** The cohorts in which this person holds this role. */
    List<String> cohortsWhere(String personId, Role role);

    Optional<Cohort> load(String cohortId);

    /** The session belongs to no cohort any more (it is being erased). */
    void unlinkSession(String sessionId);

    /**
     * Erases a person from every cohort: their memberships go, and a cohort they created names
     * {@code standIn} as its creator instead, so the cohort and its other members stay.
     */
    void forgetMember(String personId, String standIn);
}
