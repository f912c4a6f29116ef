package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.CxoneBatchApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The commands that list jobs without building them name exactly the jobs the application builds. */
class JobCatalogIT {

    @TempDir
    Path dataDir;

    @Test
    void theCatalogNamesEveryJobTheApplicationBuildsAndNoOther() {
        TestDatabase database = TestPostgres.newDatabase();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CxoneBatchApplication.class)
                .web(WebApplicationType.NONE)
                .run("--cxone-batch.data-dir=" + dataDir, "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(), "--spring.datasource.password=" + database.password())) {
            assertThat(JobCatalog.names()).isEqualTo(context.getBean(JobRunner.class).jobNames());
        }
    }
}
