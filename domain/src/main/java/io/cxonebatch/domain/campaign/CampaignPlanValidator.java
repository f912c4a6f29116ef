package io.cxonebatch.domain.campaign;

import static io.cxonebatch.domain.campaign.CampaignPlanEntry.ABANDON_THRESHOLD;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.ACTIVATE;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.AGENT_COUNT;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.CONTACT_LIST_ID;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.END_LOCAL;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.EXTERNAL_KEY;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.MAX_CALLS_PER_DAY;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.MAX_CONCURRENT_CALLS;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.NAME;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.PREDICTIVE_RATE;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.SKILLS;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.START_LOCAL;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.TARGET_LIST_ID;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.TIMEZONE;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.TYPE;
import static io.cxonebatch.domain.campaign.CampaignPlanEntry.WRAP_UP_CODES;

import io.cxonebatch.domain.schedule.DstPolicy;
import io.cxonebatch.domain.schedule.ResolvedWindow;
import io.cxonebatch.domain.schedule.ScheduleShape;
import io.cxonebatch.domain.schedule.ScheduleWindowResolver;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses and checks a {@link CampaignPlanEntry} into a {@link CampaignSpec}, reporting every violation of the
 * row at once. Codes, beyond those of {@link CellParser}, {@link CampaignLimits} and
 * {@link ScheduleWindowResolver}: {@code UNKNOWN_CAMPAIGN_TYPE}, {@code EXTERNAL_KEY_TOO_LONG}, {@code NAME_TOO_LONG}, {@code SKILLS_EMPTY},
 * {@code MAX_CALLS_PER_DAY_NOT_POSITIVE}, {@code AGENT_COUNT_NOT_POSITIVE}, {@code COLUMN_NOT_APPLICABLE} and, for a
 * tenant whose schedules are the same hours every day ({@link ScheduleShape}), {@code WINDOW_SPANS_DAYS} and
 * {@code ACTIVATION_WITHOUT_DATES}.
 *
 * <p>Predictive rows need {@code abandon_threshold}, {@code predictive_rate}, {@code max_concurrent_calls} and
 * {@code target_list_id}; preview rows need {@code contact_list_id} and {@code agent_count}. A row of another
 * type that fills one of these columns is rejected ({@code COLUMN_NOT_APPLICABLE}) rather than having the value
 * silently ignored, since a threshold the planner believes in but CXone never receives is a compliance risk.
 * When the type itself is unreadable, the type-specific cells that are present are still checked for form.
 */
public final class CampaignPlanValidator {

    private static final List<String> PREDICTIVE_COLUMNS =
            List.of(ABANDON_THRESHOLD, PREDICTIVE_RATE, MAX_CONCURRENT_CALLS, TARGET_LIST_ID);
    private static final List<String> PREVIEW_COLUMNS = List.of(CONTACT_LIST_ID, AGENT_COUNT);

    private final CampaignLimits limits;
    private final ScheduleWindowResolver windows;
    private final ScheduleShape scheduleShape;

    public CampaignPlanValidator(CampaignLimits limits, DstPolicy dstPolicy) {
        this(limits, dstPolicy, ScheduleShape.anyWindow());
    }

    /** @param scheduleShape the windows the tenant's CXone can hold; others are {@code WINDOW_SPANS_DAYS} */
    public CampaignPlanValidator(CampaignLimits limits, DstPolicy dstPolicy, ScheduleShape scheduleShape) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.windows = new ScheduleWindowResolver(dstPolicy);
        this.scheduleShape = Objects.requireNonNull(scheduleShape, "scheduleShape");
    }

    public Validated<CampaignSpec> validate(CampaignPlanEntry entry) {
        Violations violations = new Violations();
        CellParser cells = new CellParser(violations);

        String key = cells.required(EXTERNAL_KEY, entry.externalKey());
        if (key != null && key.codePointCount(0, key.length()) > ExternalKey.MAX_LENGTH) {
            violations.add("EXTERNAL_KEY_TOO_LONG", EXTERNAL_KEY, EXTERNAL_KEY + " has " + key.codePointCount(0, key.length())
                    + " characters; at most " + ExternalKey.MAX_LENGTH + " are allowed");
        }
        String name = cells.required(NAME, entry.name());
        if (name != null && name.codePointCount(0, name.length()) > CampaignSpec.MAX_NAME_LENGTH) {
            violations.add("NAME_TOO_LONG", NAME, NAME + " has " + name.codePointCount(0, name.length())
                    + " characters; at most " + CampaignSpec.MAX_NAME_LENGTH + " are allowed");
        }
        CampaignType type = violations.take(CampaignType.parse(entry.type(), TYPE));
        String description = CellParser.optional(entry.description());
        List<String> skills = skills(cells, entry.skills(), violations);
        List<String> wrapUpCodes = CellParser.list(entry.wrapUpCodes());
        Integer maxCallsPerDay = cells.optionalInteger(MAX_CALLS_PER_DAY, entry.maxCallsPerDay());
        if (maxCallsPerDay != null && maxCallsPerDay <= 0) {
            violations.add("MAX_CALLS_PER_DAY_NOT_POSITIVE", MAX_CALLS_PER_DAY,
                    MAX_CALLS_PER_DAY + " " + maxCallsPerDay + " must be above 0");
        }
        ResolvedWindow window = window(cells, entry, violations);
        String queueId = CellParser.optional(entry.queueId());
        DialerRule dialerRule = dialerRule(cells, entry, type, violations);
        PreviewSettings preview = previewSettings(cells, entry, type, queueId, violations);
        Boolean activate = cells.optionalBoolean(ACTIVATE, entry.activate(), false);
        if (Boolean.TRUE.equals(activate) && window != null) {
            scheduleShape.activationRefusal(window.window()).ifPresent(why -> violations.add("ACTIVATION_WITHOUT_DATES", ACTIVATE, why));
        }

        return violations.toValidated(() -> new CampaignSpec(ExternalKey.of(Objects.requireNonNull(key)),
                Objects.requireNonNull(name), Objects.requireNonNull(type), description, skills, wrapUpCodes,
                maxCallsPerDay, Objects.requireNonNull(window).window(), queueId, dialerRule, preview,
                Objects.requireNonNull(activate), window.adjustments()));
    }

    private static List<String> skills(CellParser cells, @Nullable String raw, Violations violations) {
        String text = cells.required(SKILLS, raw);
        List<String> skills = CellParser.list(text);
        if (text != null && skills.isEmpty()) {
            violations.add("SKILLS_EMPTY", SKILLS, SKILLS + " '" + text + "' names no skill id");
        }
        return skills;
    }

    private @Nullable ResolvedWindow window(CellParser cells, CampaignPlanEntry entry, Violations violations) {
        ZoneId zone = cells.requiredZone(TIMEZONE, entry.timezone());
        if (zone != null) {
            limits.checkApprovedZone(TIMEZONE, zone, violations);
        }
        LocalDateTime start = cells.requiredLocalDateTime(START_LOCAL, entry.startLocal());
        LocalDateTime end = cells.requiredLocalDateTime(END_LOCAL, entry.endLocal());
        if (zone == null || start == null || end == null) {
            return null;
        }
        ResolvedWindow resolved = violations.take(windows.resolve(zone, start, end));
        if (resolved != null) {
            scheduleShape.refusal(resolved.window()).ifPresent(why -> violations.add("WINDOW_SPANS_DAYS", END_LOCAL, why));
        }
        return resolved;
    }

    private @Nullable DialerRule dialerRule(
            CellParser cells, CampaignPlanEntry entry, @Nullable CampaignType type, Violations violations) {
        if (type != null && type != CampaignType.PREDICTIVE) {
            rejectFilled(type, violations, PREDICTIVE_COLUMNS,
                    entry.abandonThreshold(), entry.predictiveRate(), entry.maxConcurrentCalls(), entry.targetListId());
            return null;
        }
        boolean required = type == CampaignType.PREDICTIVE;
        BigDecimal threshold = required ? cells.requiredDecimal(ABANDON_THRESHOLD, entry.abandonThreshold())
                : cells.optionalDecimal(ABANDON_THRESHOLD, entry.abandonThreshold());
        if (threshold != null) {
            limits.checkAbandonThreshold(ABANDON_THRESHOLD, threshold, violations);
        }
        BigDecimal rate = required ? cells.requiredDecimal(PREDICTIVE_RATE, entry.predictiveRate())
                : cells.optionalDecimal(PREDICTIVE_RATE, entry.predictiveRate());
        if (rate != null) {
            limits.checkPredictiveRate(PREDICTIVE_RATE, rate, violations);
        }
        Integer concurrent = required ? cells.requiredInteger(MAX_CONCURRENT_CALLS, entry.maxConcurrentCalls())
                : cells.optionalInteger(MAX_CONCURRENT_CALLS, entry.maxConcurrentCalls());
        if (concurrent != null) {
            limits.checkMaxConcurrentCalls(MAX_CONCURRENT_CALLS, concurrent, violations);
        }
        String targetList = required ? cells.required(TARGET_LIST_ID, entry.targetListId())
                : CellParser.optional(entry.targetListId());
        if (!required || !violations.isEmpty()) {
            return null;
        }
        return new DialerRule(Objects.requireNonNull(threshold).doubleValue(), Objects.requireNonNull(rate).doubleValue(),
                Objects.requireNonNull(concurrent), Objects.requireNonNull(targetList));
    }

    private static @Nullable PreviewSettings previewSettings(CellParser cells, CampaignPlanEntry entry,
            @Nullable CampaignType type, @Nullable String queueId, Violations violations) {
        if (type != null && type != CampaignType.PREVIEW) {
            rejectFilled(type, violations, PREVIEW_COLUMNS, entry.contactListId(), entry.agentCount());
            return null;
        }
        boolean required = type == CampaignType.PREVIEW;
        String contactList = required ? cells.required(CONTACT_LIST_ID, entry.contactListId())
                : CellParser.optional(entry.contactListId());
        Integer agents = required ? cells.requiredInteger(AGENT_COUNT, entry.agentCount())
                : cells.optionalInteger(AGENT_COUNT, entry.agentCount());
        if (agents != null && agents <= 0) {
            violations.add("AGENT_COUNT_NOT_POSITIVE", AGENT_COUNT, AGENT_COUNT + " " + agents + " must be above 0");
        }
        if (!required || !violations.isEmpty()) {
            return null;
        }
        return new PreviewSettings(Objects.requireNonNull(contactList), queueId, Objects.requireNonNull(agents));
    }

    private static void rejectFilled(
            CampaignType type, Violations violations, List<String> columns, @Nullable String... cells) {
        for (int i = 0; i < columns.size(); i++) {
            String text = CellParser.optional(cells[i]);
            if (text != null) {
                String column = columns.get(i);
                String owner = PREDICTIVE_COLUMNS.contains(column) ? "PREDICTIVE" : "PREVIEW";
                violations.add("COLUMN_NOT_APPLICABLE", column, column + " '" + text + "' applies only to " + owner
                        + " campaigns; this row is " + type);
            }
        }
    }
}
