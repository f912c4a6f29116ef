package io.cxonebatch.domain.validation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text cells of a plan row into values, reporting each malformed cell to a {@link Violations} instead
 * of throwing, so that one pass over a row finds every problem. Cells are trimmed; a blank cell counts as empty.
 * A method returns null when the cell is empty or malformed; the violation, if any, is already recorded.
 *
 * <p>Codes: {@code MISSING_VALUE}, {@code NOT_AN_INTEGER}, {@code NOT_A_NUMBER}, {@code NOT_A_BOOLEAN},
 * {@code UNKNOWN_TIME_ZONE}, {@code MALFORMED_DATE_TIME}, {@code MALFORMED_TIME}.
 */
public final class CellParser {

    /** The plan's local date-time form, {@code yyyy-MM-ddTHH:mm}, with real calendar dates only. */
    public static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** The roster's time-of-day form, {@code HH:mm}. */
    public static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, String> ZONE_IDS_BY_LOWER_CASE = zoneIdsByLowerCase();

    private final Violations violations;

    public CellParser(Violations violations) {
        this.violations = violations;
    }

    /** The trimmed text, or null (and {@code MISSING_VALUE}) when empty. */
    public @Nullable String required(String field, @Nullable String raw) {
        String text = optional(raw);
        if (text == null) {
            violations.add("MISSING_VALUE", field, field + " is required but is empty");
        }
        return text;
    }

    /** The trimmed text, or null when empty. */
    public static @Nullable String optional(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.isEmpty() ? null : text;
    }

    public @Nullable Integer requiredInteger(String field, @Nullable String raw) {
        String text = required(field, raw);
        return text == null ? null : integer(field, text);
    }

    public @Nullable Integer optionalInteger(String field, @Nullable String raw) {
        String text = optional(raw);
        return text == null ? null : integer(field, text);
    }

    public @Nullable BigDecimal requiredDecimal(String field, @Nullable String raw) {
        String text = required(field, raw);
        return text == null ? null : decimal(field, text);
    }

    public @Nullable BigDecimal optionalDecimal(String field, @Nullable String raw) {
        String text = optional(raw);
        return text == null ? null : decimal(field, text);
    }

    /** {@code true} or {@code false} in any case; the default when empty; null (and a violation) otherwise. */
    public @Nullable Boolean optionalBoolean(String field, @Nullable String raw, boolean defaultValue) {
        String text = optional(raw);
        if (text == null) {
            return defaultValue;
        }
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        violations.add("NOT_A_BOOLEAN", field, field + " '" + text + "' is neither true nor false");
        return null;
    }

    /**
     * An IANA region id such as {@code America/New_York}, matched case-insensitively. Fixed offsets such as
     * {@code -05:00} are refused: they have no daylight-saving rules, so a plan could not mean them.
     */
    public @Nullable ZoneId requiredZone(String field, @Nullable String raw) {
        String text = required(field, raw);
        if (text == null) {
            return null;
        }
        String canonical = ZONE_IDS_BY_LOWER_CASE.get(text.toLowerCase(Locale.ROOT));
        if (canonical == null) {
            violations.add("UNKNOWN_TIME_ZONE", field, field + " '" + text + "' is not an IANA time zone id");
            return null;
        }
        return ZoneId.of(canonical);
    }

    public @Nullable LocalDateTime requiredLocalDateTime(String field, @Nullable String raw) {
        String text = required(field, raw);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            violations.add("MALFORMED_DATE_TIME", field,
                    field + " '" + text + "' is not a local date-time of the form yyyy-MM-ddTHH:mm");
            return null;
        }
    }

    public @Nullable LocalTime requiredLocalTime(String field, @Nullable String raw) {
        String text = required(field, raw);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text, LOCAL_TIME);
        } catch (DateTimeParseException e) {
            violations.add("MALFORMED_TIME", field, field + " '" + text + "' is not a time of the form HH:mm");
            return null;
        }
    }

    /** The {@code ;}-separated items, trimmed, without empty items or repeats, in their first order. */
    public static List<String> list(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : raw.split(";", -1)) {
            String text = item.strip();
            if (!text.isEmpty()) {
                items.add(text);
            }
        }
        return List.copyOf(items);
    }

    /** A number as a person writes it: {@code 0.03}, {@code 3} (no exponent, no trailing zeros). */
    public static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    /** A number as a person writes it: {@code 0.03}, {@code 3} (no exponent, no trailing zeros). */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private @Nullable Integer integer(String field, String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            violations.add("NOT_AN_INTEGER", field, field + " '" + text + "' is not a whole number");
            return null;
        }
    }

    private @Nullable BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            violations.add("NOT_A_NUMBER", field, field + " '" + text + "' is not a number");
            return null;
        }
    }

    private static Map<String, String> zoneIdsByLowerCase() {
        Map<String, String> ids = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            ids.put(id.toLowerCase(Locale.ROOT), id);
        }
        return Map.copyOf(ids);
    }
}
