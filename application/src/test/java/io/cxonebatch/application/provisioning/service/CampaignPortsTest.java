package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CampaignPortsTest {

    private final FakeCxone cxone = new FakeCxone(new ArrayList<>());
    private final FakeRegistry registry = new FakeRegistry(new ArrayList<>());

    @Test
    void oneCxoneAdapterServesAsEveryCampaignPort() {
        CxoneCampaignPorts ports = CxoneCampaignPorts.of(cxone);

        assertThat(ports.create()).isSameAs(cxone);
        assertThat(ports.list()).isSameAs(cxone);
        assertThat(ports.load()).isSameAs(cxone);
        assertThat(ports.attachRule()).isSameAs(cxone);
        assertThat(ports.loadSettings()).isSameAs(cxone);
        assertThat(ports.configurePreview()).isSameAs(cxone);
        assertThat(ports.countPreviews()).isSameAs(cxone);
        assertThat(ports.activate()).isSameAs(cxone);
    }

    @Test
    void missingCxonePortsAreNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CxoneCampaignPorts(cxone, null, cxone, cxone, cxone, null, cxone, cxone))
                .withMessageEndingWith("missing: list, configurePreview");
    }

    @Test
    void oneRegistryAdapterServesAsBothKnownCampaignPorts() {
        KnownCampaignPorts ports = KnownCampaignPorts.of(registry);

        assertThat(ports.load()).isSameAs(registry);
        assertThat(ports.save()).isSameAs(registry);
    }

    @Test
    void aMissingKnownCampaignPortIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KnownCampaignPorts(registry, null)).withMessageContaining("save");
        assertThatIllegalArgumentException().isThrownBy(() -> new KnownCampaignPorts(null, registry)).withMessageContaining("load");
    }
}
