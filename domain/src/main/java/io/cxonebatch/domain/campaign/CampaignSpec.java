package io.cxonebatch.domain.campaign;

import io.cxonebatch.domain.schedule.DstAdjustment;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign plan row that passed every rule: what to create in CXone. A predictive campaign carries its
 * {@link DialerRule}, a preview campaign its {@link PreviewSettings}; other types carry neither.
 *
 * @param maxCallsPerDay null when the plan left it to CXone's default
 * @param queueId the routing queue; null when the plan named none
 * @param activate whether to activate the campaign once created
 * @param dstAdjustments how daylight saving changed the plan's local start or end; empty when it did not
 */
public record CampaignSpec(
        ExternalKey externalKey,
        String name,
        CampaignType type,
        @Nullable String description,
        List<String> skills,
        List<String> wrapUpCodes,
        @Nullable Integer maxCallsPerDay,
        ScheduleWindow window,
        @Nullable String queueId,
        @Nullable DialerRule dialerRule,
        @Nullable PreviewSettings previewSettings,
        boolean activate,
        List<DstAdjustment> dstAdjustments) {

    public static final int MAX_NAME_LENGTH = 255;

    public CampaignSpec {
        if (externalKey == null || type == null || window == null) {
            throw new IllegalArgumentException("a campaign spec needs an external key, a type and a window");
        }
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("campaign " + externalKey + " needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        skills = List.copyOf(skills);
        wrapUpCodes = List.copyOf(wrapUpCodes);
        dstAdjustments = List.copyOf(dstAdjustments);
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("campaign " + externalKey + " needs at least one skill");
        }
        if ((type == CampaignType.PREDICTIVE) != (dialerRule != null)) {
            throw new IllegalArgumentException("campaign " + externalKey + " is " + type
                    + ": a dialer rule is required for PREDICTIVE campaigns and allowed for no other type");
        }
        if ((type == CampaignType.PREVIEW) != (previewSettings != null)) {
            throw new IllegalArgumentException("campaign " + externalKey + " is " + type
                    + ": preview settings are required for PREVIEW campaigns and allowed for no other type");
        }
    }

    /**
     * The contact list the campaign dials, for schedule conflicts: the dialer rule's target list of a predictive
     * campaign, the contact list of a preview campaign, null otherwise.
     */
    public @Nullable String dialledListId() {
        if (dialerRule != null) {
            return dialerRule.targetListId();
        }
        return previewSettings != null ? previewSettings.contactListId() : null;
    }
}
