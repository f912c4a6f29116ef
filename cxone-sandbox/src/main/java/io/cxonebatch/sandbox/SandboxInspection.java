package io.cxonebatch.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What tests may ask a running sandbox. Every method reads the current state, so one instance can be kept and
 * asked again after more requests.
 *
 * <p>The {@code expected...} methods and {@link #contactIdsEqualToSuppressionIds} are the ground truth of a
 * suppression cross-reference (by E.164 number, extensions ignored). They are worked out on each call by reading
 * every generated row of the list and of the suppression list, with a set of every suppressed number: exact, and
 * meant for test sizes (tens of thousands of rows take milliseconds; millions take seconds and that set's memory).
 * Nothing is kept between calls, so the sandbox's own memory stays flat. Ids come sorted in {@link String} order.
 * Each throws {@link IllegalArgumentException} for a list the sandbox does not serve.
 */
public interface SandboxInspection {

    /**
     * Every campaign, in creation order, with activations that are due already resolved; one the
     * {@link SandboxOperator} deleted is no longer there.
     */
    List<SandboxCampaign> campaigns();

    Optional<SandboxCampaign> campaign(String id);

    /** Every dialer rule, in creation order. */
    List<SandboxDialerRule> dialerRules();

    /**
     * The dialer rules of one campaign, in creation order; empty for an id no campaign ever had. A deleted
     * campaign's rules stay, as does its part of {@link #dialerRules()}.
     */
    List<SandboxDialerRule> dialerRules(String campaignId);

    /**
     * How many dialer rules each campaign has, by campaign id in creation order, campaigns without a rule
     * included (as 0), so that "exactly one rule per campaign" is one assertion over the values. The contract
     * allows a second rule for a campaign; this is where it shows. Deleted campaigns have no entry.
     */
    Map<String, Integer> dialerRulesPerCampaign();

    /**
     * Every webhook, in creation order: {@code size()} is how many are registered, including those whose
     * {@code POST} an after-commit fault answered with 500.
     */
    List<SandboxWebhook> webhooks();

    /** The current assignment of every campaign that has one, by campaign id; deleting a campaign drops its own. */
    Map<String, SandboxAssignment> agentAssignments();

    Optional<SandboxAssignment> agentAssignment(String campaignId);

    /**
     * Every accepted {@code PUT /api/v2/outbound/campaigns/{id}/agents}, of every campaign, in the order their
     * assignment ids were given, those answered with an after-commit 500 included; refused ones (409, 422, ...)
     * never appear. Where {@link #agentAssignments()} keeps only the latest per campaign, this counts dispatches:
     * a re-run that dispatched nothing leaves it as it was. Kept in the state file with the other state; a state
     * file written before the history was kept starts it with the current assignments.
     */
    List<SandboxAssignment> agentAssignmentHistory();

    /** The generated contact lists this sandbox serves. */
    List<SandboxContactList> contactLists();

    /** Requests that reached a token endpoint (the outage answers before and is not counted), whatever the answer. */
    long tokenRequests();

    /** How many requests got {@code status} on one route, such as {@code ("POST", "/api/v2/campaigns", 201)}. */
    long requestCount(String method, String pathTemplate, int status);

    /** How many requests reached one route, whatever the answer. */
    long requestCount(String method, String pathTemplate);

    /**
     * How many requests, on any route (token endpoints included), were answered {@code status}; for example
     * {@code requestCount(401)} is 0 when no call was refused for its token.
     */
    long requestCount(int status);

    /** Every count by method, route template and status. The admin API is not counted. */
    Map<RequestKey, Long> requestCounts();

    /** All requests but those to the admin API. */
    long totalRequests();

    /**
     * How many {@code PUT /api/v2/outbound/campaigns/{id}} arrived without an {@code If-Match} header, whatever the
     * answer (refused ones included, down to the outage's 503), so that a test can assert a client never updated
     * settings without naming the version it read. {@code PUT .../agents} is not counted.
     */
    long outboundSettingsPutsWithoutIfMatch();

    /**
     * Readable findings of side effects that a careful client never repeats: two campaigns with one name, more
     * than one dialer rule on one campaign, and webhooks repeating one name, event filter and uri. Empty when none.
     */
    List<String> duplicateSideEffects();

    /**
     * How many contacts of a list carry a number (compared in E.164, extensions ignored) that is on the suppression
     * list: the exact result a correct cross-reference of this sandbox's data must find, and always the size of
     * {@link #expectedSuppressedContactIds}.
     *
     * @throws IllegalArgumentException for a list the sandbox does not serve
     */
    long expectedSuppressedContacts(String listId);

    /** The contacts of a list whose number, in E.164 with extensions ignored, is on the suppression list. */
    List<String> expectedSuppressedContactIds(String listId);

    /** The contacts of a list whose number cannot be parsed ({@code N/A}, {@code 555-01}, ...). */
    List<String> expectedUnparseableContactIds(String listId);

    /**
     * The contacts of a list a correct job may still call: parseable, not suppressed and, when {@code region} is
     * given, with a {@code region} field equal to it ignoring case.
     */
    List<String> expectedEligibleContactIds(String listId, @Nullable String region);

    /**
     * The contacts of a list whose id is also the entry id of some suppression entry: what a cross-reference by id
     * instead of by number would wrongly report. None of their numbers is suppressed.
     */
    List<String> contactIdsEqualToSuppressionIds(String listId);

    /**
     * The distinct reasons, sorted, of every suppression entry whose number is the contact's: what a correct job
     * reports for a contact suppressed once or more; empty for a contact that is not suppressed.
     *
     * @throws IllegalArgumentException also when {@code contactId} is no row of the list
     */
    List<String> expectedReasons(String listId, String contactId);
}
