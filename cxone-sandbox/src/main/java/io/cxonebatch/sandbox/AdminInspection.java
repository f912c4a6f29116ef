package io.cxonebatch.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What tests may ask about the Admin dialect of a running sandbox; every method reads the current state. Its
 * counts are its own: the contract's {@link SandboxInspection} never sees an Admin call, and the reverse.
 */
public interface AdminInspection {

    /** Every skill, by id. */
    List<AdminSkill> skills();

    /** The skill of that name, case ignored, as skill names are unique that way. */
    Optional<AdminSkill> skill(String skillName);

    /**
     * How many items of {@code POST /skills} named each skill, created or refused (a taken name included), in the
     * order names were first seen: a client that never creates twice leaves 1 for each of its names.
     */
    Map<String, Integer> skillCreationAttempts();

    /** Requests to one route template (such as {@code /inContactAPI/services/v30.0/skills}), whatever the answer. */
    long requestCount(String method, String pathTemplate);

    long requestCount(String method, String pathTemplate, int status);

    /** Every count of Admin requests by method, route template and status. */
    Map<RequestKey, Long> requestCounts();

    /** Requests that reached {@code POST /authentication/v1/token/access-key}, whatever the answer. */
    long tokenRequests();

    /** Records a call list holds now (valid ones, those of completed upload jobs only). */
    long callListRecordCount(int listId);

    /** Records a DNC group holds now: generated and added ones, expired ones not. */
    long dncRecordCount(int groupId);
}
