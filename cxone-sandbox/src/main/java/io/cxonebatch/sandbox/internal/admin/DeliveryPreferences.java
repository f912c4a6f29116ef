package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import io.cxonebatch.sandbox.internal.admin.TypedBlock.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The delivery-preferences block (§3.6): how a preview or confirmation contact is offered to the agent. The spec
 * types the {@code *DeliveryType} and {@code *Timeout*} fields as numbers and the others as booleans, and gives no
 * enum for the delivery types and no units or ranges, so the sandbox takes the narrowest reading the live API cannot
 * be stricter than: numbers whole and not negative, any such number a delivery type. A field the spec does not list
 * is refused, and a PUT replaces the whole block, fields left out going back to their defaults (no button shown,
 * nothing required, every number 0), as with the general settings.
 */
final class DeliveryPreferences {

    static final String WRAPPER = "deliveryPreferences";

    private static final Map<String, Kind> FIELDS = fields();
    private static final TypedBlock BLOCK = new TypedBlock(WRAPPER, "a delivery preference", FIELDS, DeliveryPreferences::defaults);

    private DeliveryPreferences() {
    }

    private static Map<String, Kind> fields() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (String prefix : new String[] {"confirmationRequired", "complianceRecords"}) {
            fields.put(prefix + "Disabled", Kind.BOOLEAN);
            fields.put(prefix + "DeliveryType", Kind.WHOLE);
            fields.put(prefix + "Timeout", Kind.WHOLE);
            fields.put(prefix + "TimeoutSubsequent", Kind.WHOLE);
            fields.put(prefix + "DefaultAccept", Kind.BOOLEAN);
        }
        fields.put("confirmationRequiredDefault", Kind.BOOLEAN);
        for (String prefix : new String[] {"showComplianceButton", "showPreviewButton"}) {
            for (String button : new String[] {"Reschedule", "Requeue", "Snooze", "Disposition"}) {
                fields.put(prefix + button, Kind.BOOLEAN);
            }
        }
        return fields;
    }

    static ObjectNode defaults() {
        ObjectNode json = Json.object();
        FIELDS.forEach((name, kind) -> {
            if (kind == Kind.WHOLE) {
                json.put(name, 0);
            } else {
                json.put(name, false);
            }
        });
        return json;
    }

    /** The block a PUT stores: the given fields, the defaults for the rest; refuses a field it cannot take. */
    static ObjectNode replace(JsonNode given) {
        return BLOCK.replace(given);
    }

    /** The stored block of a state file, or the defaults for a file written before the block was served. */
    static ObjectNode fromState(JsonNode stored) {
        if (!stored.isObject()) {
            return defaults();
        }
        ObjectNode block = defaults();
        stored.properties().forEach(entry -> {
            if (FIELDS.containsKey(entry.getKey())) {
                block.set(entry.getKey(), entry.getValue());
            }
        });
        return block;
    }
}
