package org.jianbao.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.DocumentRequest;
import org.jianbao.generation.NoDataException;
import org.jianbao.generation.ReportFacts;

/**
 * The documents of one run, in a fixed order. The base class keeps the position in the step's
 * execution context, so a restarted run skips the documents it already wrote.
 */
class DocumentRequestReader extends AbstractItemCountingItemStreamItemReader<DocumentRequest> {

    private final RunPlan plan;
    private final ReportFacts periods;
    private List<DocumentRequest> requests = List.of();

    DocumentRequestReader(RunPlan plan, ReportFacts periods) {
        this.plan = plan;
        this.periods = periods;
        setName("documents");
    }

    @Override
    protected void doOpen() {
        // Resolved here, after the import step, so "latest" means the latest data of this run.
        List<DocumentRequest> all = new ArrayList<>();
        Path speech = plan.speech();
        for (String unit : plan.units()) {
            YearMonth period = plan.period().orElseGet(() -> periods.latestPeriod(unit));
            if (!periods.hasData(unit, period)) {
                throw new NoDataException(unit, period);
            }
            // The notes are on the speech, not on a unit: once per run, with the first unit's figures.
            if (plan.kinds().contains(DocumentKind.STUDY_NOTES) && all.isEmpty()) {
                all.add(new DocumentRequest.StudyNotes(speech, unit, period));
            }
            if (plan.kinds().contains(DocumentKind.BRIEFING)) {
                all.add(new DocumentRequest.Briefing(speech, unit, period));
            }
        }
        requests = List.copyOf(all);
        setMaxItemCount(requests.size());
    }

    /**
     * Besides the position (the base class's), the run's size and the document coming next, for whoever follows
     * the run from the job repository (the service's pages: {@code [3/40] 工作进展简报 示范区 2026-10}).
     */
    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        executionContext.putInt(RunProgress.TOTAL, requests.size());
        int next = getCurrentItemCount();
        if (next < requests.size()) {
            DocumentRequest request = requests.get(next);
            executionContext.putString(RunProgress.NEXT, request.kind().label() + " " + request.unit() + " " + request.period());
        } else {
            executionContext.remove(RunProgress.NEXT);
        }
    }

    @Override
    protected DocumentRequest doRead() {
        int next = getCurrentItemCount() - 1;
        return next < requests.size() ? requests.get(next) : null;
    }

    @Override
    protected void doClose() {
        requests = List.of();
    }

    /** The place of the document read last, counting from 1 across restarts. */
    int position() {
        return getCurrentItemCount();
    }

    int size() {
        return requests.size();
    }
}
