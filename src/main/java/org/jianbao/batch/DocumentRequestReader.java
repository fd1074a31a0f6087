package org.jianbao.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.DocumentRequest;
import org.jianbao.generation.ReportFacts;
import org.jianbao.indicator.IndicatorQueries;

/**
 * The documents of one partition of a run, in a fixed order: the study notes if the partition starts with them,
 * then one briefing per unit of its range. Units are read a page at a time (from the database for a run over all
 * units with data), so a partition of ten thousand units holds one page of names, never the run's facts. The base
 * class keeps the position in the partition's execution context, so a restarted run skips the documents it
 * already wrote.
 */
class DocumentRequestReader extends AbstractItemCountingItemStreamItemReader<DocumentRequest> {

    static final int PAGE = 100;

    private final RunPlan plan;
    private final ReportFacts facts;
    private final IndicatorQueries queries;
    private final int from;
    private final int to;
    private final boolean studyNotes;
    private final Optional<YearMonth> period;
    private final int runTotal;
    private final int offset;

    /** The page of unit names read last, and the position of its first name. */
    private List<String> page = List.of();
    private int pageStart;

    DocumentRequestReader(RunPlan plan, Map<String, Object> partition, ReportFacts facts, IndicatorQueries queries) {
        this.plan = plan;
        this.facts = facts;
        this.queries = queries;
        this.from = number(partition, DocumentPartitioner.FROM);
        this.to = number(partition, DocumentPartitioner.TO);
        this.studyNotes = Boolean.parseBoolean(String.valueOf(partition.get(DocumentPartitioner.STUDY_NOTES)));
        this.period = Optional.ofNullable(partition.get(DocumentPartitioner.PERIOD)).map(String::valueOf).map(YearMonth::parse);
        this.runTotal = number(partition, DocumentPartitioner.RUN_TOTAL);
        this.offset = number(partition, DocumentPartitioner.OFFSET);
        setName("documents");
    }

    private static int number(Map<String, Object> partition, String key) {
        Object value = partition.get(key);
        if (value == null) {
            throw new IllegalStateException("partition context lacks " + key + ": not a partition of the documents step");
        }
        return ((Number) value).intValue();
    }

    /** How many documents this partition writes. */
    private int partitionSize() {
        int briefings = plan.kinds().contains(DocumentKind.BRIEFING) ? to - from : 0;
        return (studyNotes ? 1 : 0) + briefings;
    }

    /** The partition's {@code index}-th document (from 0). */
    private DocumentRequest request(int index) {
        Path speech = plan.speech();
        if (studyNotes && index == 0) {
            // The notes are on the speech, not on a unit: once per run, with the first unit's figures.
            String unit = unitAt(from);
            return new DocumentRequest.StudyNotes(speech, unit, periodOf(unit));
        }
        String unit = unitAt(from + index - (studyNotes ? 1 : 0));
        return new DocumentRequest.Briefing(speech, unit, periodOf(unit));
    }

    private YearMonth periodOf(String unit) {
        return period.orElseGet(() -> facts.latestPeriod(unit));
    }

    /** The unit at a position of the run's order: from the plan, or (all units) a page from the database. */
    private String unitAt(int position) {
        if (!plan.allUnits()) {
            return plan.units().get(position);
        }
        if (position < pageStart || position >= pageStart + page.size()) {
            page = queries.unitsWithData(period.orElseThrow(), position, Math.min(PAGE, to - position));
            pageStart = position;
            if (page.isEmpty()) {
                throw new IllegalStateException("no unit with data at position " + position + " for " + period.get()
                        + ": the data changed since the run started");
            }
        }
        return page.get(position - pageStart);
    }

    /**
     * Besides the position (the base class's), the document coming next, for whoever follows the run from the job
     * repository (the service's pages: {@code 工作进展简报 示范区 2026-10}). The partition's size was put there when it
     * was made.
     */
    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        executionContext.putInt(RunProgress.TOTAL, partitionSize());
        int next = getCurrentItemCount();
        if (next < partitionSize()) {
            DocumentRequest request = request(next);
            executionContext.putString(RunProgress.NEXT, request.kind().label() + " " + request.unit() + " " + request.period());
        } else {
            executionContext.remove(RunProgress.NEXT);
        }
    }

    @Override
    protected void doOpen() {
        page = List.of();
    }

    @Override
    protected DocumentRequest doRead() {
        int index = getCurrentItemCount() - 1;
        return index < partitionSize() ? request(index) : null;
    }

    @Override
    protected void doClose() {
        page = List.of();
    }

    /** The place of the document read last in the whole run, counting from 1 across partitions and restarts. */
    int position() {
        return offset + getCurrentItemCount();
    }

    /** How many documents the whole run writes. */
    int size() {
        return runTotal;
    }
}
