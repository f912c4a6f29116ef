package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Preview as fields of the delivery-preferences block (cxone-admin-api.md §3.6). The Admin API has no preview
 * strategy value (§10): a Personal Connection skill offers each contact to its agent first, and the block says which
 * buttons the agent sees on that offer. Configuring a skill for preview shows the four preview buttons (reschedule,
 * requeue, snooze, disposition) and writes every other documented field back as it was read, since a PUT resets
 * what it leaves out. Only the PUT body is typed, so the block read is taken flat or wrapped, and only the documented
 * fields are sent back: a field the GET adds is not the PUT's to receive. A skill counts as configured for preview
 * when it shows any of the four buttons, so that the licence count errs high, never low.
 */
final class PreviewDelivery {

    static final List<String> BUTTONS = List.of("showPreviewButtonReschedule", "showPreviewButtonRequeue", "showPreviewButtonSnooze",
            "showPreviewButtonDisposition");

    /** The fields of the PUT body, §3.6. */
    static final List<String> FIELDS = List.of("confirmationRequiredDisabled", "confirmationRequiredDeliveryType",
            "confirmationRequiredTimeout", "confirmationRequiredTimeoutSubsequent", "confirmationRequiredDefaultAccept",
            "confirmationRequiredDefault", "complianceRecordsDisabled", "complianceRecordsDeliveryType", "complianceRecordsTimeout",
            "complianceRecordsTimeoutSubsequent", "complianceRecordsDefaultAccept", "showComplianceButtonReschedule",
            "showComplianceButtonRequeue", "showComplianceButtonSnooze", "showComplianceButtonDisposition",
            "showPreviewButtonReschedule", "showPreviewButtonRequeue", "showPreviewButtonSnooze", "showPreviewButtonDisposition");

    private static final String WRAPPER = "deliveryPreferences";

    private PreviewDelivery() {
    }

    /**
     * The documented fields of the block as read, with the preview buttons shown.
     *
     * @throws CxoneUnavailableException when the answer holds none of the documented fields: writing it back would
     *     reset every one of them
     */
    static ObjectNode applied(JsonNode answer) {
        JsonNode block = block(answer);
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        for (String field : FIELDS) {
            JsonNode value = block.get(field);
            if (value != null && !value.isNull()) {
                changed.set(field, value.deepCopy());
            }
        }
        if (changed.isEmpty()) {
            throw new CxoneUnavailableException(AdminEndpoint.LOAD_DELIVERY_PREFERENCES.operation(), 200,
                    "the delivery preferences read hold none of the documented fields; nothing was written", null);
        }
        BUTTONS.forEach(button -> changed.put(button, true));
        return changed;
    }

    static boolean configured(JsonNode answer) {
        JsonNode block = block(answer);
        return BUTTONS.stream().anyMatch(button -> AdminJson.isTrue(block, button));
    }

    /** The block itself: the answer, or what it wraps under {@code deliveryPreferences}. */
    private static JsonNode block(JsonNode answer) {
        JsonNode wrapped = answer.get(WRAPPER);
        return wrapped != null && wrapped.isObject() ? wrapped : answer;
    }
}
