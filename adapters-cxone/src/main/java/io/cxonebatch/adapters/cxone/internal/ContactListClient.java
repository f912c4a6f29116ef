package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/** The contacts of a contact list, page by page. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface ContactListClient {

    @CxoneOperation(Endpoint.READ_CONTACTS)
    @RequestLine("GET /api/v2/outbound/contactlists/{listId}/contacts?limit={limit}&page={page}")
    Reply<ContactPageResponse> contacts(@Param("authorization") String authorization, @Param("listId") String listId,
            @Param("limit") int limit, @Param("page") int page);

    @CxoneOperation(Endpoint.READ_CONTACTS)
    @RequestLine("GET")
    Reply<ContactPageResponse> page(@Param("authorization") String authorization, URI page);
}
