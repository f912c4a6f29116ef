package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A skill's dialer configuration over the Admin API: its {@code general-settings} block (cxone-admin-api.md §3.2) and
 * its {@code delivery-preferences} block (§3.6), each read flat and replaced whole. Nothing versions the blocks and no
 * write is guarded (ADR 10): the version this adapter reports is a digest of the general settings as read
 * ({@link BlockVersion}), an update compares it with a fresh read before it writes, and the moment between that read
 * and the write stays unguarded, which every answer of a write says.
 */
public final class AdminOutboundAdapter implements AttachDialerRulePort, LoadOutboundSettingsPort, UpdatePacingPort,
        ConfigurePreviewPort, CountActivePreviewCampaignsPort {

    /** The "rule id" of an attached rule: there is no rule resource, only the block it is written into (ADR 10). */
    static final String RULE_BLOCK = "general-settings";

    /** What of a dialer rule the general settings have no field for, as the audit of the change says. */
    static final String RULE_NOT_APPLIED = "the target list (a call list is tied to a skill by uploading it to the skill) and the"
            + " total concurrent calls (no per-skill field) are not written";

    /** What of the preview settings the delivery preferences have no field for, as the audit of the change says. */
    static final String PREVIEW_NOT_APPLIED = "the contact list (a call list is tied to a skill by uploading it to the skill),"
            + " the queue and the agent count (the skill's agents are set by agent-assignment) are not written";

    private static final Logger log = LoggerFactory.getLogger(AdminOutboundAdapter.class);

    private final SkillParameters parameters;
    private final LoadCampaignPort skills;
    private final PreviewSkills previews;

    AdminOutboundAdapter(SkillParameters parameters, LoadCampaignPort skills, PreviewSkills previews) {
        this.parameters = parameters;
        this.skills = skills;
        this.previews = previews;
    }

    /**
     * Reads the block and sends it back whole with the rule's fields changed, since a PUT resets what it leaves out;
     * attaching the same rule again writes the same block. The answer is unguarded: a change made between the read and
     * the write is overwritten unseen.
     */
    @Override
    public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
        String skillId = SkillIds.of(campaignId, AdminEndpoint.UPDATE_GENERAL_SETTINGS);
        ObjectNode block = DialerRuleSettings.applied(parameters.generalSettings(skillId), rule);
        String notApplied = RULE_NOT_APPLIED;
        if (DialerRuleSettings.rounded(rule)) {
            String rounding = "predictive rate " + rule.predictiveRate() + " and abandon threshold " + rule.abandonThreshold()
                    + " sent as whole numbers, maximumRatio " + DialerRuleSettings.maximumRatio(rule) + " and abandonRateThreshold "
                    + DialerRuleSettings.abandonRatePercent(rule) + " %";
            log.info("Dialer rule of skill {}: {}", skillId, rounding);
            notApplied = notApplied + "; " + rounding;
        }
        // The audit of the change carries the rounding, so it is not repeated on the console of every run.
        return CxoneAnswer.unguarded(RULE_BLOCK, parameters.replaceGeneralSettings(skillId, block).status()).notApplying(notApplied);
    }

    /**
     * The skill's name and running state, and the version of its general settings. The pacing is null: none of the
     * pacing plan's fields (dialer type, concurrent calls, pacing type, interval, calls per interval, throttle, time
     * zone, rebalancing, queue priority) has a field in the block to be read from.
     */
    @Override
    public OutboundSettings loadOutboundSettings(CampaignId id) {
        String skillId = SkillIds.of(id, AdminEndpoint.LOAD_GENERAL_SETTINGS);
        RemoteCampaign skill = skills.loadCampaign(id);
        long version = BlockVersion.of(parameters.generalSettings(skillId));
        return new OutboundSettings(skill.id(), skill.name(), skill.status().name().toLowerCase(Locale.ROOT), null, version);
    }

    /**
     * Reads the block again and compares its version with {@code expectedVersion}, as a 412 would.
     *
     * @throws StaleVersionException when the block changed since that version was read; nothing is written
     * @throws CxoneRejectedException with status 0 otherwise: the block has no field for any of the pacing plan's
     *     settings, so there is nothing to write, and nothing is written
     */
    @Override
    public CxoneAnswer<Long> updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion) {
        String skillId = SkillIds.of(id, AdminEndpoint.UPDATE_GENERAL_SETTINGS);
        long current = BlockVersion.of(parameters.generalSettings(skillId));
        String operation = AdminEndpoint.UPDATE_GENERAL_SETTINGS.operation();
        if (current != expectedVersion) {
            throw new StaleVersionException(operation, 0, "the general settings changed since version " + expectedVersion
                    + " was read (now " + current + "); the Admin API has no If-Match, so this client compared before writing", null);
        }
        throw new CxoneRejectedException(operation, 0, "the Admin API's general settings have no field for any of the pacing"
                + " plan's settings (dialer type, concurrent calls, pacing type, interval, calls per interval, throttle, time zone,"
                + " rebalancing, queue priority); nothing was written", null);
    }

    /**
     * Shows the preview buttons in the skill's delivery preferences. The version is the general settings' (as
     * {@link #loadOutboundSettings} gives it), since the delivery preferences are not part of what the use case read:
     * the general settings are read again and compared with {@code expectedVersion}, then the delivery preferences are
     * read and written back whole with the four {@code showPreviewButton*} fields true and every other field as read.
     * The general settings are not written, so the version answered is the one compared; the answer is unguarded, as
     * a change made between the reads and the write is overwritten unseen.
     *
     * <p>The settings' contact list, queue and agent count have no field in the block and are not written: a call list
     * is tied to a skill by uploading it to the skill, there is no queue apart from the skill itself (§2), and the
     * agents who take previews are the skill's agents, which the agent-assignment job sets.
     *
     * @throws StaleVersionException when the general settings changed since that version was read; nothing is written
     */
    @Override
    public CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
        String skillId = SkillIds.of(id, AdminEndpoint.UPDATE_DELIVERY_PREFERENCES);
        long current = BlockVersion.of(parameters.generalSettings(skillId));
        if (current != expectedVersion) {
            throw new StaleVersionException(AdminEndpoint.UPDATE_DELIVERY_PREFERENCES.operation(), 0, "the general settings changed"
                    + " since version " + expectedVersion + " was read (now " + current + "); the Admin API has no If-Match, so this"
                    + " client compared before writing", null);
        }
        ObjectNode block = PreviewDelivery.applied(parameters.deliveryPreferences(skillId));
        return CxoneAnswer.unguarded(current, parameters.replaceDeliveryPreferences(skillId, block).status())
                .notApplying(PREVIEW_NOT_APPLIED);
    }

    /**
     * The running skills whose delivery preferences show the preview buttons that {@link #configurePreview} sets; one
     * read of the block for each running skill ({@link PreviewSkills}).
     *
     * @throws CxoneRejectedException with status 0 when the listing has more than the most pages of a walk: a count
     *     cut short would let more previews run than the licence allows
     */
    @Override
    public int countActivePreviewCampaigns() {
        return previews.countRunning();
    }
}
