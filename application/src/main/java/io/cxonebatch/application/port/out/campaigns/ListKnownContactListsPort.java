package io.cxonebatch.application.port.out.campaigns;

import java.util.List;

/** The contact lists the campaigns in the registry dial (target lists and preview contact lists). */
public interface ListKnownContactListsPort {

    /** Every distinct list id the registry records for a campaign, sorted. */
    List<String> knownContactListIds();
}
