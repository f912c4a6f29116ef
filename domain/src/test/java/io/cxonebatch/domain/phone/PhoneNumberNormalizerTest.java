package io.cxonebatch.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberNormalizerTest {

    private final PhoneNumberNormalizer normalizer = new PhoneNumberNormalizer();

    @ParameterizedTest
    @ValueSource(strings = {"+1 212-555-0147", "(212) 555-0147", "212.555.0147", "1-212-555-0147",
            "212-555-0147 ext. 12", " +1 (212) 555 0147 ", "+12125550147"})
    void normalisesMessyUsFormatsToE164(String raw) {
        assertThat(normalizer.normalize(raw)).isEqualTo(new Normalization.Normalized(PhoneNumber.of("+12125550147")));
        assertThat(normalizer.toE164OrNull(raw)).isEqualTo("+12125550147");
    }

    @Test
    void keepsTheCountryCodeOfInternationalNumbers() {
        assertThat(normalizer.toE164OrNull("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(normalizer.toE164OrNull("011 44 20 7946 0958")).isEqualTo("+442079460958");
    }

    @Test
    void readsNationalNumbersInTheConfiguredRegion() {
        assertThat(new PhoneNumberNormalizer("gb").toE164OrNull("020 7946 0958")).isEqualTo("+442079460958");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "N/A|NOT_A_NUMBER",
            "555-01|TOO_SHORT",
            "''|EMPTY",
            "'   '|EMPTY",
            "555-0147|LOCAL_ONLY",
            "+999 1234567|INVALID_COUNTRY_CODE",
            "+121255501479|TOO_LONG",
            "1234567890123456789|TOO_LONG"})
    void rejectsWhatCannotBeANumberWithAReason(String raw, UnusableReason reason) {
        assertThat(normalizer.normalize(raw)).isEqualTo(new Normalization.Unusable(reason));
        assertThat(normalizer.toE164OrNull(raw)).isNull();
    }

    @Test
    void rejectsNullAsEmpty() {
        assertThat(normalizer.normalize(null)).isEqualTo(new Normalization.Unusable(UnusableReason.EMPTY));
    }

    @Test
    void acceptsPossibleNumbersThatAreNotAllocatedSoSuppressionsStillMatch() {
        // 555-01xx numbers are reserved for fiction; the 000 area code is not allocated. Both are possible numbers.
        assertThat(normalizer.toE164OrNull("(000) 555-0100")).isEqualTo("+10005550100");
        assertThat(normalizer.toE164OrNull("+1 212 555 0100")).isEqualTo("+12125550100");
    }

    @Test
    void theFastPathReturnsTheInputStringItself() {
        String e164 = "+12125550147";

        assertThat(normalizer.toE164OrNull(e164)).isSameAs(e164);
    }

    @Test
    void theFastPathAgreesWithTheFullParseForEveryNorthAmericanE164Shape() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> samples = new ArrayList<>(List.of("+10000000000", "+11111111111", "+10123456789", "+19999999999"));
        for (int i = 0; i < 2_000; i++) {
            samples.add("+1" + String.format("%010d", random.nextLong(10_000_000_000L)));
        }

        for (String sample : samples) {
            assertThat(PhoneNumberNormalizer.isNorthAmericanE164(sample)).isTrue();
            assertThat(normalizer.parse(sample)).as(sample).isEqualTo(normalizer.normalize(sample));
            assertThat(new PhoneNumberNormalizer("DE").parse(sample)).as(sample).isEqualTo(normalizer.normalize(sample));
        }
    }

    @Test
    void theFastPathTakesOnlyNorthAmericanE164() {
        assertThat(PhoneNumberNormalizer.isNorthAmericanE164("+442079460958")).isFalse();
        assertThat(PhoneNumberNormalizer.isNorthAmericanE164("+1212555014")).isFalse();
        assertThat(PhoneNumberNormalizer.isNorthAmericanE164("+1212555014x")).isFalse();
        assertThat(PhoneNumberNormalizer.isNorthAmericanE164("+121255501479")).isFalse();
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String expected = "+1212555" + String.format("%04d", i);
                        String raw = "(212) 555-" + String.format("%04d", i);
                        if (!expected.equals(normalizer.toE164OrNull(raw))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAnUnknownDefaultRegion() {
        assertThatThrownBy(() -> new PhoneNumberNormalizer("XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
    }
}
