package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberMaskingTest {

    @Test
    void masksAllButTheLastFourDigitsOfNumbers() {
        assertThat(PhoneNumberMasking.mask("contact +15550100042 refused")).isEqualTo("contact +*******0042 refused");
        assertThat(PhoneNumberMasking.mask("number 15550100042")).isEqualTo("number *******0042");
        assertThat(PhoneNumberMasking.mask("call +1 (555) 010-0042 now")).isEqualTo("call +* (***) ***-0042 now");
    }

    @Test
    void leavesDatesCountsAndShortNumbersAlone() {
        String text = "window 2024-09-15T08:00:00-05:00 exceeded capacity 150 of 100, code 4711";

        assertThat(PhoneNumberMasking.mask(text)).isEqualTo(text);
    }
}
