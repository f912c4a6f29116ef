package io.cxonebatch.bootstrap.batch.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.suppression.port.in.DncFile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class SuppressionParametersTest {

    private static JobParametersBuilder parameters() {
        return new JobParametersBuilder();
    }

    @Test
    void everythingIsOptionalAndListsAreSeparatedBySemicolons() {
        SuppressionParameters none = SuppressionParameters.of(new JobParameters());
        assertThat(none.lists()).isEmpty();
        assertThat(none.region()).isNull();
        assertThat(none.dncFiles()).isEmpty();

        assertThat(SuppressionParameters.of(parameters().addString("lists", " a ; b;;c ").addString("region", " NA-WEST ")
                .toJobParameters())).satisfies(p -> {
                    assertThat(p.lists()).containsExactly("a", "b", "c");
                    assertThat(p.region()).isEqualTo("NA-WEST");
                });
    }

    @Test
    void oneDateServesEveryFileOrEachFileHasItsOwn() {
        assertThat(SuppressionParameters.of(parameters().addString("dnc", "a.csv;b.csv").addString("dncAsOf", "2026-11-20")
                .toJobParameters()).dncFiles()).containsExactly(new DncFile("a.csv", LocalDate.of(2026, 11, 20)),
                        new DncFile("b.csv", LocalDate.of(2026, 11, 20)));
        assertThat(SuppressionParameters.of(parameters().addString("dnc", "a.csv;b.csv").addString("dncAsOf", "2026-11-20;2026-11-25")
                .toJobParameters()).dncFiles()).extracting(DncFile::asOf).containsExactly(LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 25));
    }

    @Test
    void aFileWithoutItsDateOrWithABadOneIsRefusedBeforeTheRun() {
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressionParameters.of(parameters().addString("dnc", "a.csv")
                .toJobParameters())).withMessageContaining("needs dncAsOf");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressionParameters.of(parameters().addString("dncAsOf", "2026-11-20")
                .toJobParameters())).withMessageContaining("dates no file");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressionParameters.of(parameters().addString("dnc", "a.csv;b.csv;c.csv")
                .addString("dncAsOf", "2026-11-20;2026-11-21").toJobParameters())).withMessageContaining("2 dates for 3 dnc files");
        assertThatThrownBy(() -> SuppressionParameters.validator().validate(parameters().addString("dnc", "a.csv")
                .addString("dncAsOf", "20/11/2026").toJobParameters())).isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("not a date YYYY-MM-DD");
        assertThatThrownBy(() -> SuppressionParameters.validator().validate(parameters().addString("list", "a").toJobParameters()))
                .hasMessageContaining("suppression-crossref has no parameter 'list'");
    }
}
