package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a campaign CXone holds under a row's name is the campaign the row describes: same type, same window
 * (as instants) and same queue. Consulted when a create answers 409 and this key recorded no intent to create it.
 */
final class AdoptionCheck {

    private AdoptionCheck() {
    }

    /** What differs between the row and the campaign, one phrase each; empty when it is the row's campaign. */
    static List<String> differences(CampaignSpec spec, RemoteCampaign remote) {
        List<String> differences = new ArrayList<>();
        if (remote.type() != spec.type()) {
            differences.add("type " + remote.type() + ", not " + spec.type());
        }
        ScheduleWindow window = remote.window();
        if (window == null || !window.start().equals(spec.window().start()) || !window.end().equals(spec.window().end())) {
            differences.add("window " + (window == null ? "unknown" : window.start() + "–" + window.end())
                    + ", not " + spec.window().start() + "–" + spec.window().end());
        }
        if (!Objects.equals(remote.queueId(), spec.queueId())) {
            differences.add("queue " + remote.queueId() + ", not " + spec.queueId());
        }
        return differences;
    }
}
