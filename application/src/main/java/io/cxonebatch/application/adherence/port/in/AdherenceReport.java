package io.cxonebatch.application.adherence.port.in;

import io.cxonebatch.application.kit.JobResult;
import java.util.List;
import java.util.OptionalLong;

/** A date's published adherence report, as its files and summary show it. */
public interface AdherenceReport {

    List<String> csvColumns();

    /** One record per campaign, by external key. */
    List<List<String>> csvRows();

    /** A self-contained HTML page (no network, no script): a chart of planned against dialled time, strays highlighted. */
    String html();

    /** @param replaced the run whose report this one replaced, if any */
    JobResult result(String csvFile, String htmlFile, OptionalLong replaced);
}
