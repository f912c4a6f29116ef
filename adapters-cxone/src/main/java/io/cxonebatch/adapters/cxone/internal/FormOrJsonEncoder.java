package io.cxonebatch.adapters.cxone.internal;

import feign.RequestTemplate;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Sends a String body as it is (an encoded form) and anything else as JSON. */
final class FormOrJsonEncoder implements Encoder {

    private final Encoder json;

    FormOrJsonEncoder(Encoder json) {
        this.json = json;
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        if (object instanceof String form) {
            template.body(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } else {
            json.encode(object, bodyType, template);
        }
    }
}
