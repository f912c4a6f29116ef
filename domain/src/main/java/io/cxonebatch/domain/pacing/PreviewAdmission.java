package io.cxonebatch.domain.pacing;

import io.cxonebatch.domain.validation.Violation;

/** Whether the licence allows one more active preview campaign; see {@link EngineLimits#admitPreview(int)}. */
public sealed interface PreviewAdmission permits PreviewAdmission.Admitted, PreviewAdmission.Refused {

    int activePreviews();

    int limit();

    /** Another preview campaign fits: {@code activePreviews + 1 <= limit}. */
    record Admitted(int activePreviews, int limit) implements PreviewAdmission {}

    /** The licence is used up. */
    record Refused(int activePreviews, int limit) implements PreviewAdmission {

        /** {@code PREVIEW_LICENCE_EXHAUSTED}, naming the active count and the licensed limit. */
        public Violation violation() {
            return Violation.of("PREVIEW_LICENCE_EXHAUSTED", "type", activePreviews
                    + " preview campaigns are active and the licence allows " + limit
                    + " at once; activating another would make " + (activePreviews + 1));
        }
    }

    default boolean isAdmitted() {
        return this instanceof Admitted;
    }
}
