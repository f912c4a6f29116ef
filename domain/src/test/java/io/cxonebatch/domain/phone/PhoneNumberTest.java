package io.cxonebatch.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @Test
    void showsOnlyTheLastFourDigits() {
        PhoneNumber number = PhoneNumber.of("+12125550147");

        assertThat(number.masked()).isEqualTo("+*******0147");
        assertThat(number).hasToString("+*******0147");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+12125550147", "+4420794609", "+123456789012345", "+86987654321"})
    void noDigitButTheLastFourSurvivesMasking(String e164) {
        String masked = PhoneNumber.of(e164).masked();

        assertThat(masked).hasSameSizeAs(e164).startsWith("+").endsWith(e164.substring(e164.length() - 4));
        assertThat(masked.substring(0, masked.length() - 4)).doesNotContainPattern("\\d");
    }

    @Test
    void masksRawTextKeepingItsSeparators() {
        assertThat(PhoneNumber.mask("(212) 555-0147")).isEqualTo("(***) ***-0147");
        assertThat(PhoneNumber.mask("+1 212 555 0147")).isEqualTo("+* *** *** 0147");
        assertThat(PhoneNumber.mask("0147")).isEqualTo("0147");
        assertThat(PhoneNumber.mask("no digits")).isEqualTo("no digits");
        assertThat(PhoneNumber.mask("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "12", "123", "+1-2 3"})
    void masksEveryDigitOfTextWithFewerThanFour(String raw) {
        assertThat(PhoneNumber.mask(raw)).doesNotContainPattern("\\d").hasSameSizeAs(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+12125550147", "+4420794609", "+123456789012345"})
    void acceptsTheE164Form(String text) {
        assertThat(PhoneNumber.of(text).e164()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12125550147", "+02125550147", "+1212555", "+1234567890123456", "+1212555014x", ""})
    void refusesAnythingElseWithoutRepeatingTheValue(String text) {
        assertThatThrownBy(() -> PhoneNumber.of(text)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text));
    }
}
