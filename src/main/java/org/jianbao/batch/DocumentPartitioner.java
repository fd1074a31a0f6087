package org.jianbao.batch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.jianbao.generation.DocumentKind;
import org.jianbao.generation.NoDataException;
import org.jianbao.generation.ReportFacts;
import org.jianbao.indicator.IndicatorQueries;

/**
 * Splits a run's documents into {@code gridSize} partitions of consecutive units. A partition is described by
 * numbers only (positions in the run's order of units, the period): whoever runs it — a thread here, or another
 * machine under remote partitioning — reads its units from the database or the job parameters itself, so the
 * description stays a few bytes whatever the number of units.
 *
 * <p>On a restart Spring Batch asks only for the names ({@link PartitionNameProvider}) and gives every unfinished
 * partition its saved context back: the split is never made again, so the units a partition covers cannot shift
 * between a failed run and its restart.
 */
class DocumentPartitioner implements Partitioner, PartitionNameProvider {

    /** Position of the partition's first unit in the run's order of units. */
    static final String FROM = "partition.from";
    /** Position after the partition's last unit. */
    static final String TO = "partition.to";
    /** Whether the partition starts with the study notes (the first partition, when the run writes them). */
    static final String STUDY_NOTES = "partition.studyNotes";
    /** The month of a run over all units ({@code 2026-10}); absent when each named unit takes its latest. */
    static final String PERIOD = "partition.period";
    /** How many documents the run writes in all partitions, and how many come before this one: for {@code [7/1001]}. */
    static final String RUN_TOTAL = "partition.runTotal";
    static final String OFFSET = "partition.offset";

    private final RunPlan plan;
    private final ReportFacts facts;
    private final IndicatorQueries queries;

    DocumentPartitioner(RunPlan plan, ReportFacts facts, IndicatorQueries queries) {
        this.plan = plan;
        this.facts = facts;
        this.queries = queries;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        // The configured units made sure of once, here, before the partitions' threads each ask in a transaction.
        queries.units();
        // Resolved here, after the import step, so "latest" and "with data" mean this run's data.
        String period = null;
        int units;
        if (plan.allUnits()) {
            YearMonth month = plan.period().orElseGet(() -> queries.latestPeriodOfAnyUnit()
                    .orElseThrow(() -> new NoDataException("--all-units")));
            units = queries.countUnitsWithData(month);
            if (units == 0) {
                throw new NoDataException("--all-units", month);
            }
            period = month.toString();
        } else {
            // Before any document: a named unit without data fails the run at once, not after the others.
            for (String unit : plan.units()) {
                YearMonth month = plan.period().orElseGet(() -> facts.latestPeriod(unit));
                if (!facts.hasData(unit, month)) {
                    throw new NoDataException(unit, month);
                }
            }
            units = plan.units().size();
            period = plan.period().map(YearMonth::toString).orElse(null);
        }
        boolean notes = plan.kinds().contains(DocumentKind.STUDY_NOTES);
        int perUnit = plan.kinds().contains(DocumentKind.BRIEFING) ? 1 : 0;
        int runTotal = (notes ? 1 : 0) + perUnit * units;

        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(getPartitionNames(gridSize));
        int offset = 0;
        for (int i = 0; i < gridSize; i++) {
            // Consecutive, equal shares (rounded up, so that with fewer units than partitions the first ones hold
            // them, in order, and the last stay empty and finish at once).
            int from = (int) (((long) units * i + gridSize - 1) / gridSize);
            int to = (int) (((long) units * (i + 1) + gridSize - 1) / gridSize);
            boolean withNotes = notes && i == 0;
            int documents = (withNotes ? 1 : 0) + perUnit * (to - from);
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, from);
            context.putInt(TO, to);
            context.putString(STUDY_NOTES, String.valueOf(withNotes));
            if (period != null) {
                context.putString(PERIOD, period);
            }
            context.putInt(RUN_TOTAL, runTotal);
            context.putInt(OFFSET, offset);
            context.putInt(RunProgress.TOTAL, documents);
            partitions.put(names.get(i), context);
            offset += documents;
        }
        return partitions;
    }

    /** {@code p00}, {@code p01}…: sortable, and the same on a restart (the grid size is kept by Spring Batch). */
    @Override
    public Collection<String> getPartitionNames(int gridSize) {
        List<String> names = new ArrayList<>(gridSize);
        for (int i = 0; i < gridSize; i++) {
            names.add(String.format("p%02d", i));
        }
        return names;
    }
}
