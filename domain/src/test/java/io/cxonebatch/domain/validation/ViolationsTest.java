package io.cxonebatch.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void collectsEveryViolationAddedAndReportsThemTogether() {
        Violations violations = new Violations()
                .add("A_WRONG", "a", "a is wrong")
                .add(Violation.of("B_WRONG", "b", "b is wrong"));

        Validated<String> result = violations.toValidated(() -> "never built");

        assertThat(result.violations()).extracting(Violation::code).containsExactly("A_WRONG", "B_WRONG");
    }

    @Test
    void buildsTheValueOnlyWhenNothingWasFound() {
        AtomicBoolean built = new AtomicBoolean();
        new Violations().add("A_WRONG", "a", "a is wrong").toValidated(() -> {
            built.set(true);
            return "x";
        });
        assertThat(built).isFalse();

        assertThat(new Violations().toValidated(() -> "x").valueOrThrow()).isEqualTo("x");
    }

    @Test
    void takeReturnsTheValueOfAValidResultAndCollectsTheViolationsOfAnInvalidOne() {
        Violations violations = new Violations();

        assertThat(violations.take(Validated.valid("ok"))).isEqualTo("ok");
        String missing = violations.take(Validated.<String>invalid(Violation.of("X_WRONG", "x", "x is wrong")));
        assertThat(missing).isNull();
        assertThat(violations.toList()).extracting(Violation::code).containsExactly("X_WRONG");
    }

    @Test
    void violationCodesMustBeUpperSnakeCase() {
        assertThatThrownBy(() -> Violation.of("tooHigh", "rate", "rate is too high"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tooHigh");
        assertThat(Violation.of("RATE_2_HIGH", "rate", "rate is too high").code()).isEqualTo("RATE_2_HIGH");
    }

    @Test
    void violationNeedsAMessage() {
        assertThatThrownBy(() -> Violation.of("TOO_HIGH", "rate", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
