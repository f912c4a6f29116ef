package io.cxonebatch.application.port.out.cxone;

import java.util.List;
import java.util.function.Consumer;

/** Walks every campaign of the tenant, page by page, without holding them all. */
public interface ListCampaignsPort {

    /** Hands each page to the consumer, in order, until the last page has been read. */
    void forEachCampaignPage(Consumer<List<RemoteCampaign>> pageConsumer);
}
