package io.cxonebatch.application.port.out.cxone;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks the tenant's campaigns through CXone's listing, page by page (pages as large as the contract allows),
 * without holding them all. The listing is the only read that reports a campaign's dialer rule
 * ({@link RemoteCampaign#targetListId()}) and every field it was created with.
 */
public interface ListCampaignsPort {

    /** Hands each page to the consumer, in order, until the last page has been read. */
    void forEachCampaignPage(Consumer<List<RemoteCampaign>> pageConsumer);

    /** The first listed campaign that matches, reading pages only until the one that holds it. */
    Optional<RemoteCampaign> findListedCampaign(Predicate<RemoteCampaign> match);
}
