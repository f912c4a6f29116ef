package io.cxonebatch.application.assignment.service;

import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.domain.assignment.RosterAssignment;
import io.cxonebatch.domain.assignment.RosterEntry;
import io.cxonebatch.domain.assignment.RosterValidator;
import io.cxonebatch.domain.validation.Validated;
import java.time.ZoneId;
import java.util.Set;

/** A staged roster row's cells checked again into an assignment, held to its campaign's zone. */
final class RosterRows {

    private final RosterValidator validator;

    RosterRows(RosterValidator validator) {
        this.validator = validator;
    }

    Validated<RosterAssignment> check(StagedItem row, ZoneId campaignZone) {
        return validator.validate(RosterEntry.fromCells(row.key(), row.fields()::get), Set.of(campaignZone));
    }
}
