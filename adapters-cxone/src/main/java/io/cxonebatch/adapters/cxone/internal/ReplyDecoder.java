package io.cxonebatch.adapters.cxone.internal;

import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Decodes JSON bodies, and fills {@link Reply} with the response's own status, the decoded body and the {@code ETag}
 * header. Feign hands only 2xx responses to a decoder, so a {@code Reply} always holds a success status. The body of
 * a {@code Reply<Void>} is not read: calls that promise nothing must not fail on what CXone chose to say.
 */
final class ReplyDecoder implements Decoder {

    private final Decoder json;

    ReplyDecoder(Decoder json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (!(type instanceof ParameterizedType parameterized && parameterized.getRawType() == Reply.class)) {
            return json.decode(response, type);
        }
        Type bodyType = parameterized.getActualTypeArguments()[0];
        Object body;
        if (bodyType == Void.class) {
            Util.ensureClosed(response.body());
            body = null;
        } else {
            body = json.decode(response, bodyType);
        }
        return new Reply<>(response.status(), body, CxoneErrorDecoder.firstHeader(response, "ETag"));
    }
}
