package io.cxonebatch.sandbox;

/**
 * The engine constraints the sandbox enforces, as a licensed tenant would.
 *
 * @param maxConcurrentCalls the most concurrent calls one campaign may be configured for (outbound settings)
 * @param licensedConcurrentPreviews how many preview campaigns may be active or activating at once
 * @param agentCapacityPerPreviewCampaign how many agents one preview campaign accepts in an assignment
 */
public record EngineLimits(int maxConcurrentCalls, int licensedConcurrentPreviews, int agentCapacityPerPreviewCampaign) {

    public EngineLimits {
        requirePositive("maxConcurrentCalls", maxConcurrentCalls);
        requirePositive("licensedConcurrentPreviews", licensedConcurrentPreviews);
        requirePositive("agentCapacityPerPreviewCampaign", agentCapacityPerPreviewCampaign);
    }

    /** 500 concurrent calls per campaign, 10 licensed concurrent previews, 50 agents per preview campaign. */
    public static EngineLimits defaults() {
        return new EngineLimits(500, 10, 50);
    }

    public EngineLimits withMaxConcurrentCalls(int value) {
        return new EngineLimits(value, licensedConcurrentPreviews, agentCapacityPerPreviewCampaign);
    }

    public EngineLimits withLicensedConcurrentPreviews(int value) {
        return new EngineLimits(maxConcurrentCalls, value, agentCapacityPerPreviewCampaign);
    }

    public EngineLimits withAgentCapacityPerPreviewCampaign(int value) {
        return new EngineLimits(maxConcurrentCalls, licensedConcurrentPreviews, value);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
