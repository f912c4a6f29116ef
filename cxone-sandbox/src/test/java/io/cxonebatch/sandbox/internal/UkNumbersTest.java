package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the generated numbers against libphonenumber, the normaliser a job is expected to use. */
class UkNumbersTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> DEFAULT_REGIONS = List.of("US", "GB", "DE", "FR", "JP");

    @Test
    void everyUkNumberInEveryFormatIsValidAndGivesItsE164WhateverTheDefaultRegion() {
        for (long draw = 0; draw < 2_000; draw++) {
            for (long national : List.of(UkNumbers.contactNumber(Mix.mix(draw)), UkNumbers.suppressionOnlyNumber(Mix.mix(draw)))) {
                for (int format = 0; format < UkNumbers.FORMAT_COUNT; format++) {
                    String typed = UkNumbers.format(format, national);
                    for (String region : DEFAULT_REGIONS) {
                        assertThat(validE164(typed, region)).as(typed + " read in " + region).isEqualTo(UkNumbers.e164(national));
                    }
                }
            }
        }
    }

    @Test
    void contactsAndSuppressionOnlyEntriesDrawUkNumbersFromDisjointRanges() {
        Set<Long> contactNumbers = new HashSet<>();
        Set<Long> suppressionOnly = new HashSet<>();
        for (long draw = 0; draw < 50_000; draw++) {
            contactNumbers.add(UkNumbers.contactNumber(Mix.mix(draw)));
            suppressionOnly.add(UkNumbers.suppressionOnlyNumber(Mix.mix(draw)));
        }

        Set<Long> shared = new HashSet<>(contactNumbers);
        shared.retainAll(suppressionOnly);
        assertThat(shared).isEmpty();
        assertThat(contactNumbers).anyMatch(n -> n / 100_000 == 74_001).anyMatch(n -> n / 10_000 == 207_946);
    }

    @Test
    void everyNorthAmericanKindIsValidForLibphonenumberIncludingTheReservedExchange() {
        for (long draw = 0; draw < 3_000; draw++) {
            long h = Mix.mix(draw);
            for (long national : List.of(NorthAmericanNumbers.contactNumber(h, "NA-WEST"), NorthAmericanNumbers.reservedNumber(h, "NA-EAST"),
                    NorthAmericanNumbers.suppressionOnlyNumber(h))) {
                assertThat(validE164(PhoneFormats.format((int) (draw % PhoneFormats.COUNT), national), "US")).isEqualTo("+1" + national);
            }
        }
    }

    private static String validE164(String typed, String region) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(typed, region);
            return UTIL.isValidNumber(number) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : "invalid";
        } catch (NumberParseException e) {
            return "unparseable";
        }
    }
}
