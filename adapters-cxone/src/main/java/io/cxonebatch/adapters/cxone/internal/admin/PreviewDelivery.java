package io.cxonebatch.adapters.cxone.internal.admin;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Preview as fields of the delivery-preferences block (cxone-admin-api.md §3.6). The Admin API has no preview
 * strategy value (§10): a Personal Connection skill offers each contact to its agent first, and the block says which
 * buttons the agent sees on that offer. Configuring a skill for preview shows the four preview buttons (reschedule,
 * requeue, snooze, disposition) and leaves every other field as it was read, since a PUT resets what it leaves out;
 * a skill counts as configured for preview when it shows the disposition button, which this client sets and a skill
 * left at CXone's defaults is not known to show.
 */
final class PreviewDelivery {

    static final List<String> BUTTONS = List.of("showPreviewButtonReschedule", "showPreviewButtonRequeue", "showPreviewButtonSnooze",
            "showPreviewButtonDisposition");
    static final String MARK = "showPreviewButtonDisposition";

    private PreviewDelivery() {
    }

    /** A copy of the block with the preview buttons shown and every other field as it was. */
    static ObjectNode applied(ObjectNode block) {
        ObjectNode changed = block.deepCopy();
        BUTTONS.forEach(button -> changed.put(button, true));
        return changed;
    }

    static boolean configured(JsonNode block) {
        return AdminJson.isTrue(block, MARK);
    }
}
