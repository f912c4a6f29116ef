package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.phone.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberMaskingTest {

    @Test
    void masksAllButTheLastFourDigitsOfNumbers() {
        assertThat(PhoneNumberMasking.mask("contact +15550100042 refused")).isEqualTo("contact +*******0042 refused");
        assertThat(PhoneNumberMasking.mask("number 15550100042")).isEqualTo("number *******0042");
        assertThat(PhoneNumberMasking.mask("call +1 (555) 010-0042 now")).isEqualTo("call +* (***) ***-0042 now");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contact +12125550147 refused       | +12125550147",
        "number 442079460958 is on the DNC  | 442079460958",
        "call +44 20 7946 0958 now          | +44 20 7946 0958",
        "dial +1 (212) 555-0147.            | +1 (212) 555-0147"})
    void noDigitOfANumberButItsLastFourIsLeft(String text, String number) {
        String masked = PhoneNumberMasking.mask(text);
        String maskedNumber = masked.substring(text.indexOf(number), text.indexOf(number) + number.length());
        String digits = number.replaceAll("\\D", "");

        assertThat(maskedNumber.replaceAll("\\D", "")).isEqualTo(digits.substring(digits.length() - 4));
        assertThat(masked.replace(maskedNumber, "")).isEqualTo(text.replace(number, ""));
    }

    @Test
    void masksNorthAmericanNumbersWrittenNationally() {
        assertThat(PhoneNumberMasking.mask("contact (212) 736-0147 refused")).isEqualTo("contact (***) ***-0147 refused");
        assertThat(PhoneNumberMasking.mask("212-736-0147, 212.736.0147 and 1-212-736-0147"))
                .isEqualTo("***-***-0147, ***.***.0147 and *-***-***-0147");
    }

    @Test
        void masksTheWayTheDomainDoes() {
        assertThat(PhoneNumberMasking.mask("+12125550147")).isEqualTo(PhoneNumber.of("+12125550147").masked());
    }

    @Test
    void leavesDatesCountsAndShortNumbersAlone() {
        String text = "window 2024-09-15T08:00:00-05:00 exceeded capacity 150 of 100, code 4711";

        assertThat(PhoneNumberMasking.mask(text)).isEqualTo(text);
    }
}
