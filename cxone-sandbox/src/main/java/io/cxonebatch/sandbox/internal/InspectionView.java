package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.RequestKey;
import io.cxonebatch.sandbox.SandboxAssignment;
import io.cxonebatch.sandbox.SandboxCampaign;
import io.cxonebatch.sandbox.SandboxContactList;
import io.cxonebatch.sandbox.SandboxDialerRule;
import io.cxonebatch.sandbox.SandboxInspection;
import io.cxonebatch.sandbox.SandboxWebhook;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** {@link SandboxInspection} over the live state of one sandbox. */
public final class InspectionView implements SandboxInspection {

    private final SandboxState state;
    private final Clock clock;
    private final RequestCounters counters;
    private final MissingIfMatchCounter missingIfMatch;
    private final TokenService tokens;
    private final PhoneBook phoneBook;
    private final GroundTruth groundTruth;

    public InspectionView(SandboxState state, Clock clock, RequestCounters counters, MissingIfMatchCounter missingIfMatch,
            TokenService tokens, PhoneBook phoneBook) {
        this.state = state;
        this.clock = clock;
        this.counters = counters;
        this.missingIfMatch = missingIfMatch;
        this.tokens = tokens;
        this.phoneBook = phoneBook;
        this.groundTruth = new GroundTruth(phoneBook);
    }

    @Override
    public List<SandboxCampaign> campaigns() {
        long now = clock.millis();
        return state.campaigns().stream().map(campaign -> campaign.snapshot(now).toInspection()).toList();
    }

    @Override
    public Optional<SandboxCampaign> campaign(String id) {
        return state.campaign(id).map(campaign -> campaign.snapshot(clock.millis()).toInspection());
    }

    @Override
    public List<SandboxDialerRule> dialerRules() {
        return state.rules();
    }

    @Override
    public List<SandboxDialerRule> dialerRules(String campaignId) {
        return state.rules().stream().filter(rule -> rule.campaignId().equals(campaignId)).toList();
    }

    @Override
    public Map<String, Integer> dialerRulesPerCampaign() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        state.campaigns().forEach(campaign -> counts.put(campaign.id(), 0));
        // A deleted campaign's rules stay in dialerRules() but it is no campaign any more, so it has no entry here.
        state.rules().forEach(rule -> counts.computeIfPresent(rule.campaignId(), (id, count) -> count + 1));
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public List<SandboxWebhook> webhooks() {
        return state.webhooks();
    }

    @Override
    public Map<String, SandboxAssignment> agentAssignments() {
        return new TreeMap<>(state.assignments());
    }

    @Override
    public Optional<SandboxAssignment> agentAssignment(String campaignId) {
        return state.assignment(campaignId);
    }

    @Override
    public List<SandboxAssignment> agentAssignmentHistory() {
        return state.assignmentHistory();
    }

    @Override
    public List<SandboxContactList> contactLists() {
        return phoneBook.lists();
    }

    @Override
    public long tokenRequests() {
        return tokens.requests();
    }

    @Override
    public long requestCount(String method, String pathTemplate, int status) {
        return counters.count(method, pathTemplate, status);
    }

    @Override
    public long requestCount(String method, String pathTemplate) {
        return counters.count(method, pathTemplate);
    }

    @Override
    public long requestCount(int status) {
        return counters.count(status);
    }

    @Override
    public Map<RequestKey, Long> requestCounts() {
        return counters.snapshot();
    }

    @Override
    public long totalRequests() {
        return counters.total();
    }

    @Override
    public long outboundSettingsPutsWithoutIfMatch() {
        return missingIfMatch.count();
    }

    @Override
    public List<String> duplicateSideEffects() {
        return DuplicateDetector.findings(campaigns(), dialerRules(), webhooks());
    }

    @Override
    public long expectedSuppressedContacts(String listId) {
        return expectedSuppressedContactIds(listId).size();
    }

    @Override
    public List<String> expectedSuppressedContactIds(String listId) {
        return groundTruth.suppressedContactIds(served(listId));
    }

    @Override
    public List<String> expectedUnparseableContactIds(String listId) {
        return groundTruth.unparseableContactIds(served(listId));
    }

    @Override
    public List<String> expectedEligibleContactIds(String listId, @Nullable String region) {
        return groundTruth.eligibleContactIds(served(listId), region);
    }

    @Override
    public List<String> contactIdsEqualToSuppressionIds(String listId) {
        return groundTruth.contactIdsEqualToSuppressionIds(served(listId));
    }

    @Override
    public List<String> expectedReasons(String listId, String contactId) {
        return groundTruth.reasons(served(listId), contactId);
    }

    private SandboxContactList served(String listId) {
        return phoneBook.list(listId).orElseThrow(() -> new IllegalArgumentException("contact list " + listId
                + " is not served; lists are " + phoneBook.lists().stream().map(SandboxContactList::id).toList()));
    }
}
