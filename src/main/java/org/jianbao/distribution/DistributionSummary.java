package org.jianbao.distribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What became of a run's deliveries, one line per channel — for the log, the run's record and the commands:
 * {@code email: 8 sent, 1 failed, 0 outcome unknown, 0 pending, 0 awaiting approval}.
 *
 * @param awaiting      documents waiting for approval, each named on a line of its own: for a run, at most
 *                      {@link #AWAITING_LISTED} (a run of 10,000 briefings is not 10,000 lines in the log and the
 *                      run's record)
 * @param awaitingTotal how many wait in all
 */
public record DistributionSummary(Map<ChannelKind, Map<DeliveryStatus, Integer>> counts, List<Outgoing> awaiting,
                                  int awaitingTotal, int unknownElsewhere) {

    /** Documents awaiting approval named one by one in a run's summary; the rest are a count. */
    public static final int AWAITING_LISTED = 20;

    static DistributionSummary of(List<Delivery> deliveries, List<Outgoing> awaiting, int unknownElsewhere) {
        Map<ChannelKind, Map<DeliveryStatus, Integer>> counts = new EnumMap<>(ChannelKind.class);
        for (Delivery d : deliveries) {
            counts.computeIfAbsent(d.channel(), c -> new EnumMap<>(DeliveryStatus.class)).merge(d.status(), 1, Integer::sum);
        }
        return new DistributionSummary(counts, List.copyOf(awaiting), awaiting.size(), unknownElsewhere);
    }

    /** From counts the database made: (channel, status, count) rows. */
    static DistributionSummary ofCounts(List<OutgoingDocuments.DeliveryCount> rows, List<Outgoing> awaitingListed,
                                        int awaitingTotal, int unknownElsewhere) {
        Map<ChannelKind, Map<DeliveryStatus, Integer>> counts = new EnumMap<>(ChannelKind.class);
        for (OutgoingDocuments.DeliveryCount row : rows) {
            counts.computeIfAbsent(row.channel(), c -> new EnumMap<>(DeliveryStatus.class))
                    .merge(row.status(), row.count(), Integer::sum);
        }
        return new DistributionSummary(counts, List.copyOf(awaitingListed), awaitingTotal, unknownElsewhere);
    }

    public int count(ChannelKind channel, DeliveryStatus status) {
        return counts.getOrDefault(channel, Map.of()).getOrDefault(status, 0);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        counts.keySet().forEach(channel -> lines.add(String.format(
                "%s: %d sent, %d failed, %d outcome unknown, %d pending, %d awaiting approval", channel.label(),
                count(channel, DeliveryStatus.SENT), count(channel, DeliveryStatus.FAILED),
                count(channel, DeliveryStatus.SENDING), count(channel, DeliveryStatus.PENDING),
                count(channel, DeliveryStatus.AWAITING_APPROVAL))));
        if (counts.isEmpty()) {
            lines.add("distribution: nothing to deliver (no recipients for these documents)");
        }
        for (Outgoing d : awaiting) {
            lines.add("awaiting approval: document " + d.id() + " " + d.title() + " (deliveries approve " + d.id() + ")");
        }
        if (awaitingTotal > awaiting.size()) {
            lines.add("awaiting approval: " + (awaitingTotal - awaiting.size()) + " more documents of this run ("
                    + awaitingTotal + " in all; deliveries --status AWAITING_APPROVAL lists them, deliveries approve --all"
                    + " releases them)");
        }
        if (unknownElsewhere > 0) {
            lines.add(unknownElsewhere + " deliveries with outcome unknown (left SENDING by a stopped process): "
                    + "check with the recipients, then deliveries retry --unknown");
        }
        return lines;
    }

    public boolean anyFailed() {
        return counts.values().stream().anyMatch(c -> c.getOrDefault(DeliveryStatus.FAILED, 0) > 0);
    }
}
