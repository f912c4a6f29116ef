package io.cxonebatch.application.service;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.validation.Violation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks, before the first change in CXone, that the contact lists a plan's rows name exist, asking CXone once
 * per distinct list. Without it a row naming a missing list would create its campaign and then fail on the dialer
 * rule, leaving a half-made campaign in the tenant.
 */
public final class ContactListPreflight {

    public static final String LIST_NOT_FOUND = "CONTACT_LIST_NOT_FOUND";

    private final CheckContactListPort lists;

    public ContactListPreflight(CheckContactListPort lists) {
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    /**
     * The list a row needs checked: the one it dials, unless the registry records its campaign as already wired to
     * that list (the list existed then, and nothing will be sent for it).
     */
    public static Optional<String> listToCheck(CampaignSpec spec, @Nullable KnownCampaign known) {
        String listId = spec.dialledListId();
        if (listId == null) {
            return Optional.empty();
        }
        boolean wired = known != null && known.campaignId() != null && listId.equals(known.targetListId());
        return wired ? Optional.empty() : Optional.of(listId);
    }

    /** The lists among these that CXone answers it does not have; each is asked once. */
    public Set<String> missing(Collection<String> listIds) {
        Set<String> missing = new LinkedHashSet<>();
        for (String listId : new LinkedHashSet<>(listIds)) {
            if (!lists.contactListExists(listId)) {
                missing.add(listId);
            }
        }
        return missing;
    }

    /** Why a row naming a list CXone does not have is rejected, on the column that named it. */
    public static Violation missingList(CampaignSpec spec) {
        String column = spec.type() == CampaignType.PREVIEW ? CampaignPlanEntry.CONTACT_LIST_ID : CampaignPlanEntry.TARGET_LIST_ID;
        return Violation.of(LIST_NOT_FOUND, column, column + " '" + spec.dialledListId()
                + "' does not exist in CXone (checked before any change was made)");
    }
}
