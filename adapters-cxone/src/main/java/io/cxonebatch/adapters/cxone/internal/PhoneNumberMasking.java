package io.cxonebatch.adapters.cxone.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a phone number in text CXone sends back (error messages, raw bodies), so that exception
 * messages, which end up in logs and audit rows, never carry one in the clear. Keeps the last four digits.
 */
final class PhoneNumberMasking {

    // An international number written with separators, or a bare run of 8 to 15 digits (E.164 lengths).
    private static final Pattern CANDIDATE =
            Pattern.compile("\\+\\d[\\d .()\\-]{6,22}\\d|(?<![\\d])\\+?\\d{8,15}(?![\\d])");

    private PhoneNumberMasking() {
    }

    static String mask(String text) {
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(maskDigits(matcher.group())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    private static String maskDigits(String number) {
        long digits = number.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(number.length());
        long seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - 4 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
