package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import io.cxonebatch.sandbox.internal.admin.TypedBlock.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The general-settings block (§3.2): every field the spec lists with its type there. The sources give no ranges,
 * so the sandbox takes the narrowest reading that the live API cannot be stricter than: numbers are whole and not
 * negative (the spec cannot tell integers from decimals), percentages at most 100, {@code aggressiveness} a
 * string. A field the spec does not list is refused, and a PUT replaces the whole block: fields left out go back
 * to their defaults, since whether the live API keeps them is unproven.
 */
final class GeneralSettings {

    static final String WRAPPER = "generalSettings";

    private static final Map<String, Kind> FIELDS = fields();
    private static final TypedBlock BLOCK = new TypedBlock(WRAPPER, "a general setting", FIELDS, GeneralSettings::defaults);
    private static final Set<String> ABSENT_FROM_COMPOSITE = Set.of("deliverCallbacksOnDNCHolidays", "deliverPrioritiesOnDNCHolidays");

    private GeneralSettings() {
    }

    private static Map<String, Kind> fields() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (String name : new String[] {"minimumRetryMinutes", "maximumAttempts", "defaultContactExpiration",
            "maximumRingingDuration", "inactiveBlenderTimer", "maximumRatio", "endOfListNotificationsDelay",
            "consecutiveAttemptsWithoutALiveConnect", "proficiencyFactor", "waitTimeFactor", "maxConcurrentCallsPerAgent",
            "maxWaitTimeSeconds"}) {
            fields.put(name, Kind.WHOLE);
        }
        for (String name : new String[] {"beginDampenPercentage", "abandonRateCutoff", "abandonRateThreshold",
            "percentageOfAgentsBeforeOverdial"}) {
            fields.put(name, Kind.PERCENT);
        }
        for (String name : new String[] {"getPriorityContactsOnContactInsertion", "loadCallbacks", "loadFresh", "loadNonFresh",
            "overrideBusinessUnitAbandonRate", "notifyAgentsWhenListIsEmpty", "blockMultipleCalls", "enableDialingByProficiency",
            "deliverCallbacksOnDNCHolidays", "deliverPrioritiesOnDNCHolidays"}) {
            fields.put(name, Kind.BOOLEAN);
        }
        fields.put("aggressiveness", Kind.TEXT);
        return fields;
    }

    static ObjectNode defaults() {
        ObjectNode json = Json.object();
        FIELDS.forEach((name, kind) -> {
            switch (kind) {
                case WHOLE -> json.put(name, switch (name) {
                    case "minimumRetryMinutes" -> 60;
                    case "maximumAttempts" -> 3;
                    case "defaultContactExpiration" -> 1440;
                    case "maximumRingingDuration" -> 30;
                    case "maximumRatio", "maxConcurrentCallsPerAgent" -> 1;
                    case "maxWaitTimeSeconds" -> 2;
                    default -> 0;
                });
                case PERCENT -> json.put(name, name.equals("abandonRateThreshold") ? 3 : 0);
                case BOOLEAN -> json.put(name, name.startsWith("load"));
                case TEXT -> json.put(name, "0");
            }
        });
        return json;
    }

    /** The block a PUT stores: the given fields, the defaults for the rest; refuses a field it cannot take. */
    static ObjectNode replace(JsonNode given) {
        return BLOCK.replace(given);
    }

    /** The block as the composite {@code GET .../parameters} types it: aggressiveness a number, waitTimeFactor a boolean. */
    static ObjectNode composite(ObjectNode block) {
        ObjectNode json = block.deepCopy();
        ABSENT_FROM_COMPOSITE.forEach(json::remove);
        String aggressiveness = block.path("aggressiveness").asString();
        try {
            json.put("aggressiveness", Integer.parseInt(aggressiveness.trim()));
        } catch (NumberFormatException e) {
            json.put("aggressiveness", 0);
        }
        json.put("waitTimeFactor", block.path("waitTimeFactor").asLong() != 0);
        return json;
    }
}
