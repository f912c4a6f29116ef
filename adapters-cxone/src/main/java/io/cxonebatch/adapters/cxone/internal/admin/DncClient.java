package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/**
 * The records of a DNC group (cxone-admin-api.md §7). The document types no paging parameters; {@code skip} and
 * {@code top} are sent all the same, and the reader checks whether they were heeded.
 */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface DncClient {

    @AdminOperation(AdminEndpoint.LIST_DNC_RECORDS)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/dnc-groups/{groupId}/records?skip={skip}&top={top}")
    JsonNode records(URI apiBase, @Param("authorization") String authorization, @Param("groupId") String groupId,
            @Param("skip") int skip, @Param("top") int top);
}
