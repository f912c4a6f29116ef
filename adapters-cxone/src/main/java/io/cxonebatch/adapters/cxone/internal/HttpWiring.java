package io.cxonebatch.adapters.cxone.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import feign.Client;
import feign.Request;
import feign.http2client.Http2Client;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import java.net.http.HttpClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the Feign clients of either dialect share: the JSON mapper, the JDK HTTP client and the timeouts. */
public final class HttpWiring {

    private HttpWiring() {
    }

    /** Ignores fields it does not know and leaves out null ones: CXone adds fields, and reads absent as unset. */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    /** HTTP/1.1, the connect timeout of the settings, and no redirects: a token never follows one elsewhere. */
    public static Client httpClient(CxoneClientSettings settings) {
        return new Http2Client(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    public static Request.Options options(CxoneClientSettings settings) {
        return new Request.Options(settings.connectTimeout(), settings.readTimeout(), false);
    }
}
