package io.cxonebatch.application.assignment.service;

import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.application.assignment.AssignmentStage;
import io.cxonebatch.application.assignment.port.in.StageRosterUseCase;
import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.kit.campaigns.CampaignReference;
import io.cxonebatch.application.kit.staging.InputStaging;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.domain.assignment.AssignmentFit;
import io.cxonebatch.domain.assignment.RosterAssignment;
import io.cxonebatch.domain.assignment.RosterEntry;
import io.cxonebatch.domain.assignment.RosterValidator;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import io.cxonebatch.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a roster's lines as they stream by and stages them under their campaign's external key, however they named
 * it, so that the dispatch step finds a campaign's rows together. The campaign's zone is the one zone its agents may
 * work in, and an agent's window must meet the campaign's. Holds the agents seen per campaign, to refuse an agent
 * listed twice for one campaign.
 */
public final class RosterStaging implements StageRosterUseCase {

    static final String NOT_A_PREVIEW_CAMPAIGN = "NOT_A_PREVIEW_CAMPAIGN";
    static final String DUPLICATE_AGENT = "DUPLICATE_AGENT";
    private static final String ZONE_NOT_ALLOWED = "TIME_ZONE_NOT_ALLOWED_FOR_CAMPAIGN";

    private final RosterValidator validator;
    private final AssignmentFit fit;
    private final LoadKnownCampaignPort registry;
    private final StageItemsPort staging;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public RosterStaging(RosterValidator validator, AssignmentFit fit, LoadKnownCampaignPort registry, StageItemsPort staging,
            AppendAuditEventsPort audit, Clock clock) {
        this.validator = validator;
        this.fit = fit;
        this.registry = registry;
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines) {
        Map<String, Long> firstLineOfAgent = new HashMap<>();
        return new InputStaging(staging, audit, clock, AssignmentJob.NAME, AssignmentStage.VALIDATION)
                .stage(runId, jobExecutionId, lines, line -> check(line, firstLineOfAgent));
    }

    private NewItem check(InputLine line, Map<String, Long> firstLineOfAgent) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> cells = line.storableCells(violations);
        String written = CellParser.optional(cells.get(RosterEntry.CAMPAIGN));
        CampaignReference reference = written == null ? null : CampaignReference.lookUp(registry, written);
        Optional<KnownCampaign> campaign = reference == null ? Optional.empty() : reference.known();
        String ref = reference == null ? null : reference.ref();
        Validated<RosterAssignment> checked = validator.validate(RosterEntry.fromCells(line.line(), cells::get),
                campaign.map(known -> Set.of(known.window().zone())).orElse(Set.of()));
        if (campaign.isPresent()) {
            violations.addAll(checked.violations());
        } else {
            // With no campaign there are no zones to hold the row to: say the campaign is unknown, not the zone.
            checked.violations().stream().filter(v -> !v.code().equals(ZONE_NOT_ALLOWED)).forEach(violations::add);
        }
        if (reference != null) {
            reference.problem(RosterEntry.CAMPAIGN).ifPresent(violations::add);
            campaign.filter(known -> known.type() != CampaignType.PREVIEW).ifPresent(known -> violations.add(Violation.of(
                    NOT_A_PREVIEW_CAMPAIGN, RosterEntry.CAMPAIGN, "campaign " + written + " is " + known.type()
                            + "; agents are assigned to PREVIEW campaigns only")));
        }
        if (campaign.isPresent() && !(checked instanceof Validated.Valid<RosterAssignment>)) {
            violations.addAll(fitOfCells(written, cells, campaign.get()));
        }
        if (checked instanceof Validated.Valid<RosterAssignment> valid && campaign.isPresent()) {
            violations.addAll(fit.check(valid.value(), campaign.get().window()));
            Long first = firstLineOfAgent.putIfAbsent(ref + "\u0000" + valid.value().userId(), line.line());
            if (first != null) {
                violations.add(Violation.of(DUPLICATE_AGENT, RosterEntry.USER_ID, "user " + valid.value().userId()
                        + " is already assigned to campaign " + written + " on line " + first + " of this roster"));
            }
        }
        return new NewItem(line.line(), ref, cells, violations.isEmpty() ? null : AssignmentStage.VALIDATION.name(), violations);
    }

    /** The fit of a row another cell broke, on its cells as far as they parse (their own errors are reported already). */
    private List<Violation> fitOfCells(String written, Map<String, String> cells, KnownCampaign campaign) {
        CellParser quiet = new CellParser(new Violations());
        BigDecimal rate = quiet.optionalDecimal(RosterEntry.RECENT_CALL_RATE, cells.get(RosterEntry.RECENT_CALL_RATE));
        return fit.check(written, quiet.requiredLocalTime(RosterEntry.WINDOW_START, cells.get(RosterEntry.WINDOW_START)),
                quiet.requiredLocalTime(RosterEntry.WINDOW_END, cells.get(RosterEntry.WINDOW_END)),
                quiet.requiredZone(RosterEntry.TIMEZONE, cells.get(RosterEntry.TIMEZONE)),
                rate == null || rate.signum() < 0 ? 0 : rate.doubleValue(), campaign.window());
    }
}
