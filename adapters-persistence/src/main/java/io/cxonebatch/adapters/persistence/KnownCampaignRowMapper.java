package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import org.springframework.jdbc.core.RowMapper;

/** Maps a {@code known_campaign} row to a known campaign. */
final class KnownCampaignRowMapper implements RowMapper<KnownCampaign> {

    static final String COLUMNS = """
            external_key, campaign_id, name, type, status, timezone, window_start, window_end, queue_id,
            target_list_id, status_observed_at""";

    @Override
    public KnownCampaign mapRow(ResultSet rs, int rowNum) throws SQLException {
        String campaignId = rs.getString("campaign_id");
        return new KnownCampaign(
                ExternalKey.of(rs.getString("external_key")),
                campaignId == null ? null : CampaignId.of(campaignId),
                rs.getString("name"),
                CampaignType.valueOf(rs.getString("type")),
                CampaignStatus.valueOf(rs.getString("status")),
                new ScheduleWindow(
                        ZoneId.of(rs.getString("timezone")),
                        Timestamps.instant(rs, "window_start"),
                        Timestamps.instant(rs, "window_end")),
                rs.getString("queue_id"),
                rs.getString("target_list_id"),
                Timestamps.instant(rs, "status_observed_at"));
    }
}
