package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.EngineLimits;
import io.cxonebatch.sandbox.SandboxContactList;
import io.cxonebatch.sandbox.internal.admin.AdminConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything fixed when a sandbox starts; the builder of {@code CxoneSandbox} checks each value.
 *
 * @param agentCapacities agents a preview campaign of that name accepts, below the engine-wide capacity
 * @param admin the settings of the Admin dialect served beside the contract
 */
public record SandboxConfig(
        int port,
        String clientId,
        String clientSecret,
        Duration tokenLifetime,
        Set<String> grantedScopes,
        Duration activationDelay,
        double activationFailureRate,
        boolean uniqueCampaignNames,
        EngineLimits engineLimits,
        Map<String, Integer> agentCapacities,
        List<SandboxContactList> contactLists,
        long suppressionCount,
        int suppressionMatchStride,
        long seed,
        @Nullable Path stateFile,
        AdminConfig admin) {

    /** The lists a sandbox serves when none are configured. */
    public static final List<SandboxContactList> DEFAULT_CONTACT_LISTS = List.of(
            new SandboxContactList("list_east", 10_000, "NA-EAST"),
            new SandboxContactList("list_west", 10_000, "NA-WEST"),
            new SandboxContactList("list_central", 5_000, "NA-CENTRAL"),
            new SandboxContactList("list_preview", 1_000, "NA-EAST"));

    public SandboxConfig {
        grantedScopes = Set.copyOf(grantedScopes);
        agentCapacities = Map.copyOf(agentCapacities);
        contactLists = List.copyOf(contactLists.isEmpty() ? DEFAULT_CONTACT_LISTS : contactLists);
    }

    /** How many agents a campaign of this name accepts: its own capacity if it has one, else the engine-wide one. */
    public int agentCapacity(String campaignName) {
        return agentCapacities.getOrDefault(campaignName, engineLimits.agentCapacityPerPreviewCampaign());
    }

    /** The served lists by id, in configuration order. */
    public Map<String, SandboxContactList> contactListsById() {
        Map<String, SandboxContactList> byId = new LinkedHashMap<>();
        contactLists.forEach(list -> byId.put(list.id(), list));
        return byId;
    }
}
