package io.cxonebatch.sandbox.internal.admin;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Everything the Admin dialect fixes at start; the builder of {@code CxoneSandbox} checks each value.
 *
 * @param listingDelay how long a new skill stays out of {@code GET /skills}
 * @param uploadJobDuration how long a call-list upload job runs before it is complete
 * @param dncRecordsPerGroup generated records of each seeded DNC group
 * @param businessUnitZone the business unit's time zone, on whose clock skills' schedules are kept (§3.4)
 */
public record AdminConfig(
        String accessKeyId,
        String accessKeySecret,
        String tenantId,
        String tenantName,
        int businessUnitId,
        String clusterId,
        Duration tokenLifetime,
        Duration listingDelay,
        Duration uploadJobDuration,
        List<Campaign> campaigns,
        List<Agent> agents,
        List<SeededCallList> callLists,
        int dncGroups,
        long dncRecordsPerGroup,
        ZoneId businessUnitZone) {

    public static final String DEFAULT_ACCESS_KEY_ID = "sandbox-access-key";
    public static final String DEFAULT_ACCESS_KEY_SECRET = "sandbox-access-secret";
    public static final String DEFAULT_TENANT_ID = "11ee0000-5a4d-4b0c-8e1e-000000000042";
    /** A US business unit's clock, on which every window of the example plan lies within one day. */
    public static final ZoneId DEFAULT_BUSINESS_UNIT_ZONE = ZoneId.of("America/New_York");

    /** The reporting groups of a sandbox configured with none. */
    public static final List<Campaign> DEFAULT_CAMPAIGNS = List.of(
            new Campaign(101, "Default Campaign"), new Campaign(102, "Outbound Sales"));

    /**
     * The call lists of a sandbox configured with none: "Seeded prospects" is list 1, and the others bear the names of
     * the contract's default contact lists, so that a plan naming its list works on either dialect.
     */
    public static final List<SeededCallList> DEFAULT_CALL_LISTS = List.of(new SeededCallList("Seeded prospects", 5_000),
            new SeededCallList("list_east", 500), new SeededCallList("list_west", 500), new SeededCallList("list_central", 300),
            new SeededCallList("list_preview", 200));

    /** A reporting group: a CXone campaign, which dials nothing. */
    public record Campaign(int id, String name) {
    }

    /** An agent of the tenant, who can be assigned to skills. */
    public record Agent(int agentId, String firstName, String lastName) {
    }

    /** A call list whose records are generated from the seed, never held. */
    public record SeededCallList(String name, long size) {
    }

    public AdminConfig {
        campaigns = List.copyOf(campaigns.isEmpty() ? DEFAULT_CAMPAIGNS : campaigns);
        agents = List.copyOf(agents.isEmpty() ? defaultAgents() : agents);
        callLists = List.copyOf(callLists);
    }

    /** Twenty agents, 1001 to 1020. */
    static List<Agent> defaultAgents() {
        String[] first = {"Ana", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal"};
        String[] last = {"Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ivanova", "Johnson"};
        return IntStream.range(0, 20)
                .mapToObj(i -> new Agent(1001 + i, first[i % first.length], last[(i * 3) % last.length]))
                .toList();
    }
}
