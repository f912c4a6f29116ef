package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.domain.campaign.DialerRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dialer rule as fields of the general-settings block (cxone-admin-api.md §3.2), which has no rule resource: the
 * predictive rate becomes {@code maximumRatio} and the abandon threshold {@code abandonRateThreshold}, with
 * {@code overrideBusinessUnitAbandonRate} set so that the skill's threshold is the one that applies. Neither source
 * gives units, ranges or whether decimals are taken, so both are sent as whole numbers rounded down, the cautious
 * side of a limit: the threshold as a percentage from 0 to 100 (the unit is undocumented; a fraction would read as
 * under 1 %), the ratio at least 1. The rule's total of concurrent calls has no field on a skill (the block's
 * {@code maxConcurrentCallsPerAgent} counts per agent) and the target list is tied to a skill by its upload, so
 * neither is written here.
 */
final class DialerRuleSettings {

    private DialerRuleSettings() {
    }

    /** A copy of the block with the rule's fields set and every other field as it was. */
    static ObjectNode applied(ObjectNode block, DialerRule rule) {
        ObjectNode changed = block.deepCopy();
        changed.put("maximumRatio", maximumRatio(rule));
        changed.put("abandonRateThreshold", abandonRatePercent(rule));
        changed.put("overrideBusinessUnitAbandonRate", true);
        return changed;
    }

    static long maximumRatio(DialerRule rule) {
        return Math.max(1, BigDecimal.valueOf(rule.predictiveRate()).setScale(0, RoundingMode.FLOOR).longValue());
    }

    static long abandonRatePercent(DialerRule rule) {
        return BigDecimal.valueOf(rule.abandonThreshold()).movePointRight(2).setScale(0, RoundingMode.FLOOR).longValue();
    }

    /** Whether the whole numbers sent say less than the rule: a fraction of a ratio or of a percent cut off. */
    static boolean rounded(DialerRule rule) {
        return BigDecimal.valueOf(rule.predictiveRate()).compareTo(BigDecimal.valueOf(maximumRatio(rule))) != 0
                || BigDecimal.valueOf(rule.abandonThreshold()).movePointRight(2).compareTo(BigDecimal.valueOf(abandonRatePercent(rule))) != 0;
    }
}
