package io.cxonebatch.application.pacing.service;

import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.domain.pacing.PacingChange;
import io.cxonebatch.domain.pacing.PacingPlanEntry;
import io.cxonebatch.domain.pacing.PacingPlanValidator;
import io.cxonebatch.domain.validation.Validated;
import java.util.Map;

/** A pacing plan row's cells checked into a change by the domain's pacing pipeline, as read or as staged. */
public final class PacingRows {

    private final PacingPlanValidator validator;

    public PacingRows(PacingPlanValidator validator) {
        this.validator = validator;
    }

    public Validated<PacingChange> check(long line, Map<String, String> cells) {
        return validator.validate(PacingPlanEntry.fromCells(line, cells::get));
    }

    public Validated<PacingChange> check(StagedItem row) {
        return check(row.key(), row.fields());
    }
}
