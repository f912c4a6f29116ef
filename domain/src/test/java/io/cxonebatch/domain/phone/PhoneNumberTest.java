package io.cxonebatch.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @Test
    void masksAllButTheCountryCodeAndTheLastFourDigits() {
        PhoneNumber number = PhoneNumber.of("+12125550147");

        assertThat(number.masked()).isEqualTo("+12*****0147");
        assertThat(number).hasToString("+12*****0147");
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
