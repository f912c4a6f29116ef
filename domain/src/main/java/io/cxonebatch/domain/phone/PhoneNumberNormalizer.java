package io.cxonebatch.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns phone numbers as people and systems type them ({@code +1 212-555-0147}, {@code (212) 555-0147},
 * {@code 212.555.0147}, {@code 1-212-555-0147 ext. 12}) into E.164, using libphonenumber with a default region
 * for numbers written without a country code. Extensions are dropped: suppression matches the line, not the
 * extension.
 *
 * <p><b>Possible, not valid.</b> A number is accepted when libphonenumber finds it <em>possible</em>
 * ({@code isPossibleNumberWithReason} is {@code IS_POSSIBLE}: a known country code and a digit count that
 * country uses), not when it is <em>valid</em> ({@code isValidNumber}, which also checks number ranges
 * allocated to carriers). Suppression lists hold numbers that must still match a contact even if their range is
 * unallocated or newer than the library's metadata; refusing them would let a suppressed number be dialled.
 * Local-only numbers (seven digits without an area code) are refused: their E.164 form cannot be known.
 *
 * <p><b>Bulk use.</b> Instances are immutable and thread-safe ({@link PhoneNumberUtil} is). Text already in
 * North American E.164 form ({@code +1} and ten ASCII digits, the bulk of the lists this project reads) takes a
 * fast path that skips parsing and returns the input string itself; every such number is possible for country
 * code 1, and the full parse would give the same string. {@link #toE164OrNull} avoids even the result object.
 * Nothing here throws for bad input or puts a number in a message.
 */
public final class PhoneNumberNormalizer {

    public static final String DEFAULT_REGION = "US";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Map<UnusableReason, Normalization.Unusable> UNUSABLE = unusableResults();

    private final String defaultRegion;

    /** A normaliser for numbers that default to the United States. */
    public PhoneNumberNormalizer() {
        this(DEFAULT_REGION);
    }

    /**
     * @param defaultRegion ISO 3166 region assumed for numbers without a country code, e.g. {@code US}
     * @throws IllegalArgumentException when libphonenumber does not know the region
     */
    public PhoneNumberNormalizer(String defaultRegion) {
        String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("default region '" + defaultRegion + "' is not a region libphonenumber knows");
        }
        this.defaultRegion = region;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** The E.164 form of {@code raw}, or why it cannot be a number. */
    public Normalization normalize(@Nullable CharSequence raw) {
        if (raw != null && isNorthAmericanE164(raw)) {
            return new Normalization.Normalized(new PhoneNumber(raw.toString()));
        }
        return parse(raw);
    }

    /** The E.164 form of {@code raw} as a string, or null when it cannot be a number. */
    public @Nullable String toE164OrNull(@Nullable CharSequence raw) {
        if (raw != null && isNorthAmericanE164(raw)) {
            return raw.toString();
        }
        return parse(raw) instanceof Normalization.Normalized normalized ? normalized.number().e164() : null;
    }

    /** The full libphonenumber path, without the fast path; the two must agree wherever the fast path applies. */
    Normalization parse(@Nullable CharSequence raw) {
        if (raw == null || !hasTwoDigits(raw)) {
            return UNUSABLE.get(raw == null || raw.toString().isBlank() ? UnusableReason.EMPTY : UnusableReason.NOT_A_NUMBER);
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(raw, defaultRegion);
        } catch (NumberParseException e) {
            return UNUSABLE.get(reasonFor(e.getErrorType()));
        }
        return switch (UTIL.isPossibleNumberWithReason(number)) {
            case IS_POSSIBLE -> new Normalization.Normalized(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)));
            case IS_POSSIBLE_LOCAL_ONLY -> UNUSABLE.get(UnusableReason.LOCAL_ONLY);
            case INVALID_COUNTRY_CODE -> UNUSABLE.get(UnusableReason.INVALID_COUNTRY_CODE);
            case TOO_SHORT -> UNUSABLE.get(UnusableReason.TOO_SHORT);
            case TOO_LONG -> UNUSABLE.get(UnusableReason.TOO_LONG);
            case INVALID_LENGTH -> UNUSABLE.get(UnusableReason.INVALID_LENGTH);
        };
    }

    static boolean isNorthAmericanE164(CharSequence text) {
        if (text.length() != 12 || text.charAt(0) != '+' || text.charAt(1) != '1') {
            return false;
        }
        for (int i = 2; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** libphonenumber needs two digits (or letters standing for them) at least; checked to avoid its exception. */
    private static boolean hasTwoDigits(CharSequence text) {
        int found = 0;
        for (int i = 0; i < text.length() && found < 2; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                found++;
            }
        }
        return found >= 2;
    }

    private static UnusableReason reasonFor(NumberParseException.ErrorType type) {
        return switch (type) {
            case INVALID_COUNTRY_CODE -> UnusableReason.INVALID_COUNTRY_CODE;
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> UnusableReason.TOO_SHORT;
            case TOO_LONG -> UnusableReason.TOO_LONG;
            case NOT_A_NUMBER -> UnusableReason.NOT_A_NUMBER;
        };
    }

    private static Map<UnusableReason, Normalization.Unusable> unusableResults() {
        Map<UnusableReason, Normalization.Unusable> results = new EnumMap<>(UnusableReason.class);
        for (UnusableReason reason : UnusableReason.values()) {
            results.put(reason, new Normalization.Unusable(reason));
        }
        return results;
    }
}
