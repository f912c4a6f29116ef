package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.domain.phone.PhoneNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a phone number in text CXone sends back (error messages, raw bodies), so that exception
 * messages, which end up in logs and audit rows, never carry one in the clear. Each number found is masked by the
 * product's one rule, {@link PhoneNumber#mask(String)}: only its last four digits are shown.
 */
public final class PhoneNumberMasking {

    // An international number written with separators, a North American one written nationally ((212) 555-0147,
    // 1-212-555-0147, 212.555.0147), or a bare run of 8 to 15 digits (E.164 lengths).
    private static final Pattern CANDIDATE = Pattern.compile("\\+\\d[\\d .()\\-]{6,22}\\d"
            + "|(?<![\\d])(?:1[ .\\-])?\\(?\\d{3}\\)?[ .\\-]?\\d{3}[ .\\-]\\d{4}(?![\\d])"
            + "|(?<![\\d])\\+?\\d{8,15}(?![\\d])");

    private PhoneNumberMasking() {
    }

    /** {@code text} with every phone number in it masked; the rest of the text is left as it is. */
    public static String mask(String text) {
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(PhoneNumber.mask(matcher.group())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
