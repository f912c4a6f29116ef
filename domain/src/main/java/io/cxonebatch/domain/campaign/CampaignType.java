package io.cxonebatch.domain.campaign;

import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How a campaign dials. */
public enum CampaignType {
    PREDICTIVE,
    PROGRESSIVE,
    PREVIEW;

    /** The lower-case form the outbound settings API uses ({@code predictive}, …). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by {@code text}, ignoring case and surrounding blanks; empty when none matches. */
    public static Optional<CampaignType> fromText(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (CampaignType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #fromText}, but reports an empty cell as {@code MISSING_VALUE} and an unknown type as
     * {@code UNKNOWN_CAMPAIGN_TYPE}.
     */
    public static Validated<CampaignType> parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return Validated.invalid(Violation.of("MISSING_VALUE", field, field + " is required but is empty"));
        }
        return fromText(text).<Validated<CampaignType>>map(Validated::valid).orElseGet(() -> Validated.invalid(
                Violation.of("UNKNOWN_CAMPAIGN_TYPE", field, field + " '" + text.strip()
                        + "' is not a campaign type; expected PREDICTIVE, PROGRESSIVE or PREVIEW")));
    }
}
