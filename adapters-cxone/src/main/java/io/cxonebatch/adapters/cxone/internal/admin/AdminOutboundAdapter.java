package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
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
import io.cxonebatch.domain.pacing.PacingSettings;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A skill's dialer configuration over the Admin API: its {@code general-settings} block (cxone-admin-api.md §3.2),
 * read flat and replaced whole. Nothing versions the block and no write is guarded (ADR 10): the version this adapter
 * reports is a digest of the block as read ({@link BlockVersion}), an update compares it with a fresh read before it
 * writes, and the moment between that read and the write stays unguarded.
 */
public final class AdminOutboundAdapter implements AttachDialerRulePort, LoadOutboundSettingsPort, UpdatePacingPort {

    /** The "rule id" of an attached rule: there is no rule resource, only the block it is written into (ADR 10). */
    static final String RULE_BLOCK = "general-settings";

    private static final Logger log = LoggerFactory.getLogger(AdminOutboundAdapter.class);

    private final SkillParameters parameters;
    private final LoadCampaignPort skills;

    AdminOutboundAdapter(SkillParameters parameters, LoadCampaignPort skills) {
        this.parameters = parameters;
        this.skills = skills;
    }

    /**
     * Reads the block and sends it back whole with the rule's fields changed, since a PUT resets what it leaves out;
     * attaching the same rule again writes the same block.
     */
    @Override
    public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
        String skillId = SkillIds.of(campaignId, AdminEndpoint.UPDATE_GENERAL_SETTINGS);
        ObjectNode block = DialerRuleSettings.applied(parameters.generalSettings(skillId), rule);
        if (DialerRuleSettings.rounded(rule)) {
            log.warn("Dialer rule of skill {}: predictive rate {} and abandon threshold {} sent as whole numbers, maximumRatio {}"
                    + " and abandonRateThreshold {} %", skillId, rule.predictiveRate(), rule.abandonThreshold(),
                    DialerRuleSettings.maximumRatio(rule), DialerRuleSettings.abandonRatePercent(rule));
        }
        return parameters.replaceGeneralSettings(skillId, block).answer(RULE_BLOCK);
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
}
