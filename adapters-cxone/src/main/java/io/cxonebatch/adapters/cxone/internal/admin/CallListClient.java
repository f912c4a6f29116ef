package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/** Call lists (cxone-admin-api.md §6.4): their index, one definition alone, or the whole list with its records. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface CallListClient {

    /**
     * One page of the index of call lists (§6.4), which types no paging parameters: {@code skip} and {@code top} are
     * sent all the same, as to the other listings, and the reader checks whether they were heeded.
     */
    @AdminOperation(AdminEndpoint.LIST_CALL_LISTS)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/lists/call-lists?skip={skip}&top={top}")
    JsonNode list(URI apiBase, @Param("authorization") String authorization, @Param("skip") int skip, @Param("top") int top);

    /** The list's counts and dates, without its records. */
    @AdminOperation(AdminEndpoint.LOAD_CALL_LIST)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/lists/call-lists/{listId}")
    JsonNode load(URI apiBase, @Param("authorization") String authorization, @Param("listId") String listId);

    /**
     * The whole list with its records not yet finalized, as an open response of any status: the body is read as it
     * arrives, and whoever receives it closes it.
     */
    @AdminOperation(AdminEndpoint.DOWNLOAD_CALL_LIST)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/lists/call-lists/{listId}?includeRecords=true&finalized=false")
    Response download(URI apiBase, @Param("authorization") String authorization, @Param("listId") String listId);
}
