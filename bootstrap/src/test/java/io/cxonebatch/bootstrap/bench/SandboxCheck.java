package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.SandboxInspection;
import java.util.ArrayList;
import java.util.List;

/** Whether a sandbox holds exactly what a plan asks for: one campaign per row, one dialer rule per predictive row. */
final class SandboxCheck {

    private SandboxCheck() {
    }

    /** What is wrong with the sandbox's state after {@code plan} was provisioned; empty when nothing is. */
    static List<String> problems(SandboxInspection sandbox, BenchPlan plan) {
        List<String> problems = new ArrayList<>();
        int campaigns = sandbox.campaigns().size();
        if (campaigns != plan.rows()) {
            problems.add("campaigns " + campaigns + ", rows " + plan.rows());
        }
        int rules = sandbox.dialerRules().size();
        if (rules != plan.predictiveRows()) {
            problems.add("dialer rules " + rules + ", predictive rows " + plan.predictiveRows());
        }
        List<String> duplicates = sandbox.duplicateSideEffects();
        if (!duplicates.isEmpty()) {
            problems.add(duplicates.size() + " duplicate side effects, first: " + duplicates.get(0));
        }
        return problems;
    }

    /** The problems of one run that should have provisioned every row of {@code plan} itself. */
    static List<String> problems(SandboxInspection sandbox, BenchPlan plan, JobRun run) {
        List<String> problems = new ArrayList<>();
        if (!run.succeeded()) {
            problems.add(run.outcome() + " (log: " + run.log() + ")");
        }
        run.summary().ifPresentOrElse(summary -> {
            if (summary.provisioned() != plan.rows()) {
                problems.add(summary + " of " + plan.rows() + " rows");
            }
        }, () -> problems.add("no summary printed"));
        problems.addAll(problems(sandbox, plan));
        return problems;
    }

    static String verdict(List<String> problems) {
        return problems.isEmpty() ? "ok" : String.join("; ", problems);
    }
}
