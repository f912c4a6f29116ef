package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Response;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an {@link AdminReply} with the response's status and its JSON body, or none when the body is empty; every
 * other type goes to the JSON decoder. Feign hands only 2xx responses to a decoder.
 */
final class AdminReplyDecoder implements Decoder {

    private final Decoder json;
    private final JsonMapper mapper;

    AdminReplyDecoder(Decoder json, JsonMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type != AdminReply.class) {
            return json.decode(response, type);
        }
        byte[] bytes = response.body() == null ? new byte[0] : Util.toByteArray(response.body().asInputStream());
        if (new String(bytes, Util.UTF_8).isBlank()) {
            return new AdminReply(response.status(), null);
        }
        try {
            return new AdminReply(response.status(), mapper.readTree(bytes));
        } catch (JacksonException unreadable) {
            // The parser's message may quote the body: keep only the kind of failure.
            throw new DecodeException(response.status(), "unreadable response body (" + unreadable.getClass().getSimpleName() + ")",
                    response.request());
        }
    }
}
