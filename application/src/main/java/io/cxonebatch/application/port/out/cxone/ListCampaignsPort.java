package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.Pager;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's campaigns through CXone's listing, a page at a time (pages as large as the contract allows), never
 * all at once. The listing is the only read that reports a campaign's dialer rule
 * ({@link RemoteCampaign#targetListId()}) and every field it was created with.
 */
public interface ListCampaignsPort {

    /** The page at the cursor (the first page when it is null), with the cursor of the next. */
    Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor);

    /** Hands each page to the consumer, in order, until the last page has been read. */
    default void forEachCampaignPage(Consumer<List<RemoteCampaign>> pageConsumer) {
        ((Pager<RemoteCampaign>) this::campaignPage).forEachPage(pageConsumer);
    }

    /** The first listed campaign that matches, reading pages only until the one that holds it. */
    default Optional<RemoteCampaign> findListedCampaign(Predicate<RemoteCampaign> match) {
        return ((Pager<RemoteCampaign>) this::campaignPage).find(page -> page.stream().filter(match).findFirst());
    }
}
