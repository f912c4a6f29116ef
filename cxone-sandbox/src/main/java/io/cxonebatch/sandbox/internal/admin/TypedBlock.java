package io.cxonebatch.sandbox.internal.admin;

import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A skill's parameter block as a PUT replaces it (§3): every field typed, a field the spec does not list refused, a
 * field left out back to its default, since whether the live API keeps it is unproven.
 *
 * @param wrapper the key the PUT body wraps the block in
 * @param noun what one field is called in a refusal ({@code a general setting})
 */
record TypedBlock(String wrapper, String noun, Map<String, Kind> fields, Supplier<ObjectNode> defaults) {

    /** The narrowest reading of each type the spec gives, which the live API cannot be stricter than. */
    enum Kind {
        WHOLE("a whole number, at least 0"),
        PERCENT("a whole number from 0 to 100"),
        BOOLEAN("a boolean"),
        TEXT("a string");

        private final String wanted;

        Kind(String wanted) {
            this.wanted = wanted;
        }

        boolean fits(JsonNode value) {
            return switch (this) {
                case WHOLE -> value.isIntegralNumber() && value.asLong() >= 0;
                case PERCENT -> value.isIntegralNumber() && value.asLong() >= 0 && value.asLong() <= 100;
                case BOOLEAN -> value.isBoolean();
                case TEXT -> value.isString();
            };
        }
    }

    TypedBlock {
        fields = Map.copyOf(fields);
    }

    /** The block a PUT stores: the given fields, the defaults for the rest; refuses a field it cannot take. */
    ObjectNode replace(JsonNode given) {
        if (!given.isObject()) {
            throw AdminRejection.invalid(wrapper + " must be an object");
        }
        ObjectNode block = defaults.get();
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Kind kind = fields.get(name);
            if (kind == null) {
                throw AdminRejection.invalid(name + " is not " + noun);
            }
            if (!kind.fits(value)) {
                throw AdminRejection.invalid(name + " " + value + " must be " + kind.wanted);
            }
            block.set(name, value);
        }
        return block;
    }
}
