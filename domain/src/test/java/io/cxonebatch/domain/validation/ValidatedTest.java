package io.cxonebatch.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatedTest {

    private static final Violation TOO_HIGH = Violation.of("TOO_HIGH", "rate", "rate 5 is above 3");
    private static final Violation TOO_LOW = Violation.of("TOO_LOW", "floor", "floor -1 is below 0");

    @Test
    void validResultCarriesItsValueAndNoViolations() {
        Validated<String> result = Validated.valid("x");

        assertThat(result.isValid()).isTrue();
        assertThat(result.violations()).isEmpty();
        assertThat(result.valueOrThrow()).isEqualTo("x");
    }

    @Test
    void invalidResultCarriesEveryViolationInOrder() {
        Validated<String> result = Validated.invalid(List.of(TOO_HIGH, TOO_LOW));

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).containsExactly(TOO_HIGH, TOO_LOW);
    }

    @Test
    void invalidResultNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> Validated.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapTransformsValidValuesAndPassesViolationsOn() {
        assertThat(Validated.valid(2).map(n -> n * 10).valueOrThrow()).isEqualTo(20);
        assertThat(Validated.<Integer>invalid(TOO_HIGH).map(n -> n * 10).violations()).containsExactly(TOO_HIGH);
    }

    @Test
    void flatMapRunsTheNextCheckOnlyOnValidValues() {
        assertThat(Validated.valid(5).flatMap(n -> Validated.<Integer>invalid(TOO_HIGH)).violations())
                .containsExactly(TOO_HIGH);
        assertThat(Validated.<Integer>invalid(TOO_LOW).flatMap(n -> Validated.<Integer>invalid(TOO_HIGH)).violations())
                .containsExactly(TOO_LOW);
    }

    @Test
    void valueOrThrowOnAnInvalidResultListsTheViolations() {
        assertThatThrownBy(() -> Validated.invalid(TOO_HIGH).valueOrThrow())
                .isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("rate 5 is above 3")
                .satisfies(e -> assertThat(((ValidationFailedException) e).violations()).containsExactly(TOO_HIGH));
    }
}
