package io.cxonebatch.adapters.cxone.internal;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Decodes JSON bodies, and fills {@link WithEtag} with the decoded body and the {@code ETag} header. */
final class EtagAwareDecoder implements Decoder {

    private final Decoder json;

    EtagAwareDecoder(Decoder json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == WithEtag.class) {
            Object body = json.decode(response, parameterized.getActualTypeArguments()[0]);
            return new WithEtag<>(body, CxoneErrorDecoder.firstHeader(response, "ETag"));
        }
        return json.decode(response, type);
    }
}
