package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The running skills configured for preview, counted for the licensed limit of concurrent preview campaigns. The
 * Admin API has no preview strategy value (cxone-admin-api.md §10), so a skill counts when the listing shows it
 * running ({@code isRunning}, missing unless it dials, §2.5) and its delivery preferences show any of the preview buttons
 * this client sets ({@link PreviewDelivery}). The listing is walked as the campaign listing is, a page at a time and
 * at most {@code cxone.max-pages-per-walk} pages, past which the count fails rather than come out short. A row with
 * a strategy other than Personal Connection is passed over, as only those skills have the block; a row without one
 * is read, so that a missing field cannot hide a running preview. A skill removed between the listing and its read
 * (404) no longer runs and is not counted.
 */
final class PreviewSkills {

    private final AdminTransport transport;
    private final SkillParameters parameters;

    PreviewSkills(AdminTransport transport, SkillParameters parameters) {
        this.transport = transport;
        this.parameters = parameters;
    }

    int countRunning() {
        URI apiBase = transport.apiBase.get();
        Set<String> counted = new HashSet<>();
        PageCursor cursor = null;
        do {
            SkipTopPages.Rows page = transport.pages.read(AdminEndpoint.LIST_SKILLS, "skills", cursor,
                    (authorization, skip, top) -> transport.skills.list(apiBase, authorization, skip, top));
            for (JsonNode row : page.rows()) {
                String skillId = runningPersonalConnection(row);
                if (skillId != null && !counted.contains(skillId) && configured(skillId)) {
                    counted.add(skillId);
                }
            }
            cursor = page.next();
        } while (cursor != null);
        return counted.size();
    }

    private static @Nullable String runningPersonalConnection(JsonNode row) {
        // Only an explicit "not outbound" passes a row over: a missing field must not hide a running preview.
        if (!row.isObject() || Boolean.FALSE.equals(AdminJson.flag(row, "isOutbound")) || !AdminJson.isTrue(row, "isRunning")) {
            return null;
        }
        String strategy = AdminJson.text(row, "outboundStrategy");
        if (strategy != null && !strategy.equalsIgnoreCase(CreateSkillsRequest.Item.PERSONAL_CONNECTION)) {
            return null;
        }
        String skillId = AdminJson.text(row, "skillId");
        return skillId != null && skillId.chars().allMatch(Character::isDigit) ? skillId : null;
    }

    private boolean configured(String skillId) {
        try {
            return PreviewDelivery.configured(parameters.deliveryPreferences(skillId));
        } catch (CxoneRejectedException refused) {
            if (refused.httpStatus() == 404) {
                return false;
            }
            throw refused;
        }
    }
}
