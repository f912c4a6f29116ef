package io.cxonebatch.sandbox;

import io.cxonebatch.sandbox.internal.PhoneBook;
import io.cxonebatch.sandbox.internal.SandboxConfig;
import io.cxonebatch.sandbox.internal.SandboxServer;
import io.cxonebatch.sandbox.internal.Scopes;
import io.cxonebatch.sandbox.internal.admin.AdminConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A running CXone sandbox: the whole contract of docs/cxone-api.md on 127.0.0.1, stateful and thread-safe, with
 * fault injection and an inspection API for tests.
 *
 * <pre>{@code
 * try (CxoneSandbox sandbox = CxoneSandbox.builder().seed(7).start()) {
 *     URI base = sandbox.baseUrl();
 *     sandbox.faults().probability503(0.2);
 *     ...
 *     assertThat(sandbox.inspect().duplicateSideEffects()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Starting one sets the system property {@code sun.net.httpserver.nodelay=true} (unless already set) before the
 * JDK HTTP server is first loaded; without it every response waits ~40 ms for a delayed ACK.
 */
public final class CxoneSandbox implements AutoCloseable {

    /** Every scope cxone-api.md names: what a sandbox grants unless told otherwise. */
    public static final Set<String> ALL_SCOPES = Scopes.ALL;

    private final SandboxServer server;
    private final SandboxOperator operator;

    private CxoneSandbox(SandboxServer server) {
        this.server = server;
        this.operator = new SandboxOperator(server.operatorActions());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    /** The live fault settings: changes apply to the next request. */
    public FaultSettings faults() {
        return server.faults();
    }

    public SandboxInspection inspect() {
        return server.inspection();
    }

    /** What the Admin dialect holds and counts; its requests never show in {@link #inspect()}. */
    public AdminInspection adminInspect() {
        return server.adminInspection();
    }

    /** Another operator of the tenant, who changes campaigns behind the client's back; always the same instance. */
    public SandboxOperator operator() {
        return operator;
    }

    /** Every token issued so far, of either dialect, answers 401 from now on; new tokens work as before. */
    public void expireAllTokens() {
        server.expireAllTokens();
    }

    /**
     * Forgets campaigns, dialer rules, webhooks, assignments and every counter, and puts the Admin dialect back to
     * its seeds; issued tokens and faults stay.
     */
    public void reset() {
        server.reset();
    }

    /** Stops the server and, with a state file, saves the state. */
    @Override
    public void close() {
        server.close();
    }

    /** Settings of a sandbox to start; every value has the default documented on its method. */
    public static final class Builder {

        private int port;
        private String clientId = "cxone-batch";
        private String clientSecret = "sandbox-secret";
        private Duration tokenLifetime = Duration.ofHours(1);
        private Set<String> grantedScopes = ALL_SCOPES;
        private Duration activationDelay = Duration.ofMillis(300);
        private double activationFailureRate;
        private boolean uniqueCampaignNames = true;
        private EngineLimits engineLimits = EngineLimits.defaults();
        private final Map<String, Integer> agentCapacities = new LinkedHashMap<>();
        private final List<SandboxContactList> contactLists = new ArrayList<>();
        private long suppressionCount = 5_000;
        private int suppressionMatchStride = PhoneBook.DEFAULT_MATCH_STRIDE;
        private long seed = 42;
        private @Nullable Path stateFile;
        private FaultSettings faults = FaultSettings.none();
        private String accessKeyId = AdminConfig.DEFAULT_ACCESS_KEY_ID;
        private String accessKeySecret = AdminConfig.DEFAULT_ACCESS_KEY_SECRET;
        private String adminTenantId = AdminConfig.DEFAULT_TENANT_ID;
        private ZoneId businessUnitZone = AdminConfig.DEFAULT_BUSINESS_UNIT_ZONE;
        private @Nullable Duration accessKeyTokenLifetime;
        private Duration skillListingDelay = Duration.ofSeconds(1);
        private Duration uploadJobDuration = Duration.ofMillis(500);
        private final List<AdminConfig.Campaign> reportingCampaigns = new ArrayList<>();
        private final List<AdminConfig.Agent> adminAgents = new ArrayList<>();
        private final List<AdminConfig.SeededCallList> adminCallLists = new ArrayList<>();
        private int dncGroups = 2;
        private long dncRecordsPerGroup = 1_000;

        private Builder() {
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be in 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Default {@code cxone-batch}. */
        public Builder clientId(String clientId) {
            this.clientId = requireText("clientId", clientId);
            return this;
        }

        /** Default {@code sandbox-secret}. */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = requireText("clientSecret", clientSecret);
            return this;
        }

        /** Default one hour; {@code expires_in} is this in whole seconds, rounded up. */
        public Builder tokenLifetime(Duration lifetime) {
            if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("tokenLifetime must be positive, got " + lifetime);
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /** The scopes tokens carry; default {@link #ALL_SCOPES}. */
        public Builder grantedScopes(Set<String> scopes) {
            this.grantedScopes = Set.copyOf(scopes);
            return this;
        }

        /** How long an activation stays ACTIVATING; default 300 ms. */
        public Builder activationDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("activationDelay must be zero or positive, got " + delay);
            }
            this.activationDelay = delay;
            return this;
        }

        /** Fraction in [0, 1] of activations ending FAILED, decided by seed and campaign id; default 0. */
        public Builder activationFailureRate(double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException("activationFailureRate must be in [0, 1], got " + rate);
            }
            this.activationFailureRate = rate;
            return this;
        }

        /** Default true: a second campaign with a taken name answers 409. False accepts duplicates. */
        public Builder uniqueCampaignNames(boolean unique) {
            this.uniqueCampaignNames = unique;
            return this;
        }

        /** Default {@link EngineLimits#defaults()}. */
        public Builder engineLimits(EngineLimits limits) {
            if (limits == null) {
                throw new IllegalArgumentException("engineLimits must not be null");
            }
            this.engineLimits = limits;
            return this;
        }

        /**
         * Gives the preview campaigns named {@code campaignName} a capacity of their own, below the engine-wide
         * {@link EngineLimits#agentCapacityPerPreviewCampaign()}: an assignment of more agents answers {@code 409}.
         * Keyed by name because a test knows its campaigns' names before the sandbox has given them ids; every
         * campaign of that name gets it. 0 refuses every agent. A second call for one name replaces the first.
         * Only {@code PUT .../agents} applies it; the {@code agentCount} of outbound settings is checked against the
         * engine-wide capacity.
         *
         * @throws IllegalArgumentException for a blank name or a negative capacity; {@link #start()} throws it for
         *     a capacity above the engine-wide one
         */
        public Builder agentCapacity(String campaignName, int capacity) {
            requireText("campaignName", campaignName);
            if (capacity < 0) {
                throw new IllegalArgumentException("agentCapacity of campaign '" + campaignName + "' must be at least 0, got "
                        + capacity);
            }
            agentCapacities.put(campaignName, capacity);
            return this;
        }

        /**
         * Adds a generated contact list. Without any, the sandbox serves list_east (10,000, NA-EAST), list_west
         * (10,000, NA-WEST), list_central (5,000, NA-CENTRAL) and list_preview (1,000, NA-EAST). With more than
         * one region, such as {@code contactList("list_mixed", 3_000, "NA-EAST", "NA-WEST", "NA-CENTRAL")}, each
         * contact's {@code region} field is drawn evenly among them, so that a job's region filter can be tested.
         */
        public Builder contactList(String id, long size, String region, String... moreRegions) {
            List<String> regions = new ArrayList<>(List.of(region));
            regions.addAll(List.of(moreRegions));
            SandboxContactList list = new SandboxContactList(id, size, regions);
            if (contactLists.stream().anyMatch(existing -> existing.id().equals(id))) {
                throw new IllegalArgumentException("contact list " + id + " is configured twice");
            }
            contactLists.add(list);
            return this;
        }

        /** Entries of the generated suppression list; default 5,000. */
        public Builder suppressionCount(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("suppressionCount must be at least 0, got " + count);
            }
            this.suppressionCount = count;
            return this;
        }

        /**
         * One suppression entry in {@code stride} (entries 0, stride, 2 × stride, ...) repeats the number of a
         * contact; the others never match. Default 50 (2 %); 20 gives the 5 % overlap of a benchmark, 1 makes
         * every entry match.
         */
        public Builder suppressionMatchStride(int stride) {
            if (stride < 1) {
                throw new IllegalArgumentException("suppressionMatchStride must be at least 1, got " + stride);
            }
            this.suppressionMatchStride = stride;
            return this;
        }

        /** Everything generated is a pure function of the seed; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Loads state from this file at start when it exists, and keeps saving to it; default none. */
        public Builder stateFile(Path file) {
            this.stateFile = file;
            return this;
        }

        /** Initial faults, copied into the sandbox's live settings; default none. */
        public Builder faults(FaultSettings initial) {
            this.faults = FaultSettings.none().copyFrom(initial);
            return this;
        }

        /** The access key of the Admin dialect's token call; default {@code sandbox-access-key} / {@code sandbox-access-secret}. */
        public Builder accessKey(String id, String secret) {
            this.accessKeyId = requireText("accessKeyId", id);
            this.accessKeySecret = requireText("accessKeySecret", secret);
            return this;
        }

        /** The tenant id of the Admin dialect's tokens and discovery; default {@value AdminConfig#DEFAULT_TENANT_ID}. */
        public Builder adminTenantId(String tenantId) {
            this.adminTenantId = requireText("adminTenantId", tenantId);
            return this;
        }

        /** Lifetime of access-key tokens; default the {@link #tokenLifetime(Duration)} of the contract's tokens. */
        public Builder accessKeyTokenLifetime(Duration lifetime) {
            if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("accessKeyTokenLifetime must be positive, got " + lifetime);
            }
            this.accessKeyTokenLifetime = lifetime;
            return this;
        }

        /**
         * The time zone of the Admin dialect's business unit, on whose clock skills' schedules are kept and their
         * dialer-contact intervals drawn; default {@code America/New_York}.
         */
        public Builder businessUnitZone(ZoneId zone) {
            if (zone == null) {
                throw new IllegalArgumentException("businessUnitZone must be given");
            }
            this.businessUnitZone = zone;
            return this;
        }

        /** How long a new Admin skill stays out of {@code GET /skills} (the live lag of a few seconds); default 1 s. */
        public Builder skillListingDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("skillListingDelay must be zero or positive, got " + delay);
            }
            this.skillListingDelay = delay;
            return this;
        }

        /** How long a call-list upload job runs before it is complete and its records listed; default 500 ms. */
        public Builder uploadJobDuration(Duration duration) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("uploadJobDuration must be zero or positive, got " + duration);
            }
            this.uploadJobDuration = duration;
            return this;
        }

        /**
         * Adds a campaign (a reporting group) of the Admin dialect. Without any, it has 101 "Default Campaign" and
         * 102 "Outbound Sales".
         */
        public Builder reportingCampaign(int id, String name) {
            requireText("name", name);
            if (id < 1 || reportingCampaigns.stream().anyMatch(campaign -> campaign.id() == id)) {
                throw new IllegalArgumentException("reportingCampaign id must be positive and unique, got " + id);
            }
            reportingCampaigns.add(new AdminConfig.Campaign(id, name));
            return this;
        }

        /** Adds an agent of the Admin dialect. Without any, it has twenty, ids 1001 to 1020. */
        public Builder adminAgent(int agentId, String firstName, String lastName) {
            if (agentId < 1 || adminAgents.stream().anyMatch(agent -> agent.agentId() == agentId)) {
                throw new IllegalArgumentException("adminAgent id must be positive and unique, got " + agentId);
            }
            adminAgents.add(new AdminConfig.Agent(agentId, requireText("firstName", firstName), requireText("lastName", lastName)));
            return this;
        }

        /**
         * Adds a call list of generated records (list ids from 1 in the order added). Without any, the Admin
         * dialect has five: 1 "Seeded prospects" (5,000 records), 2 "list_east" (500), 3 "list_west" (500), 4
         * "list_central" (300) and 5 "list_preview" (200).
         */
        public Builder adminCallList(String name, long size) {
            requireText("name", name);
            if (size < 1) {
                throw new IllegalArgumentException("adminCallList size must be at least 1, got " + size);
            }
            adminCallLists.add(new AdminConfig.SeededCallList(name, size));
            return this;
        }

        /** The seeded DNC groups (ids 1 to count) and their generated records; default 2 groups of 1,000. */
        public Builder dncGroups(int count, long recordsPerGroup) {
            if (count < 0 || recordsPerGroup < 0 || recordsPerGroup > 8_000_000) {
                throw new IllegalArgumentException("dncGroups needs count >= 0 and 0..8,000,000 records, got " + count + ", "
                        + recordsPerGroup);
            }
            this.dncGroups = count;
            this.dncRecordsPerGroup = recordsPerGroup;
            return this;
        }

        /**
         * Starts the sandbox; it serves until closed.
         *
         * @throws IllegalArgumentException when a campaign's {@link #agentCapacity(String, int)} is above the
         *     engine-wide capacity
         */
        public CxoneSandbox start() {
            int engineWide = engineLimits.agentCapacityPerPreviewCampaign();
            agentCapacities.forEach((name, capacity) -> {
                if (capacity > engineWide) {
                    throw new IllegalArgumentException("agentCapacity " + capacity + " of campaign '" + name
                            + "' is above the engine-wide agentCapacityPerPreviewCampaign of " + engineWide);
                }
            });
            SandboxConfig config = new SandboxConfig(port, clientId, clientSecret, tokenLifetime, grantedScopes,
                    activationDelay, activationFailureRate, uniqueCampaignNames, engineLimits, agentCapacities, contactLists,
                    suppressionCount, suppressionMatchStride, seed, stateFile, adminConfig());
            return new CxoneSandbox(SandboxServer.start(config, FaultSettings.none().copyFrom(faults)));
        }

        private AdminConfig adminConfig() {
            return new AdminConfig(accessKeyId, accessKeySecret, adminTenantId, "cxone-sandbox", 4_600_042, "SBX1",
                    accessKeyTokenLifetime == null ? tokenLifetime : accessKeyTokenLifetime, skillListingDelay, uploadJobDuration,
                    reportingCampaigns, adminAgents, adminCallLists, dncGroups, dncRecordsPerGroup, businessUnitZone);
        }

        private static String requireText(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
