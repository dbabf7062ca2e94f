package org.casualtyclaims.engine.grouping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one source said about one event: its distinct figures from lowest to highest, and its
 * latest figure, the one of the newest publication date (on a tie, the higher figure).
 */
public record SourceFigures(String source, List<Long> figures, long latest, Instant latestPublished) {
  public SourceFigures {
    figures = List.copyOf(figures);
  }

  public long min() {
    return figures.get(0);
  }

  public long max() {
    return figures.get(figures.size() - 1);
  }

  /** One entry per source of the reports, by source name. */
  public static List<SourceFigures> of(List<Report> reports) {
    Map<String, List<Report>> bySource = bySource(reports);
    List<SourceFigures> out = new ArrayList<>();
    for (Map.Entry<String, List<Report>> e : bySource.entrySet()) {
      TreeSet<Long> figures = new TreeSet<>();
      Report latest = null;
      for (Report report : e.getValue()) {
        figures.add(report.figure());
        if (latest == null || LATEST_FIRST.compare(report, latest) < 0) {
          latest = report;
        }
      }
      out.add(new SourceFigures(e.getKey(), new ArrayList<>(figures), latest.figure(), latest.published()));
    }
    return out;
  }

  /** Each source's reports in publication order (then by article and figure), by source name. */
  public static Map<String, List<Report>> timeline(List<Report> reports) {
    Map<String, List<Report>> bySource = bySource(reports);
    bySource.values().forEach(list -> list.sort(PUBLICATION_ORDER));
    return bySource;
  }

  private static Map<String, List<Report>> bySource(List<Report> reports) {
    Map<String, List<Report>> bySource = new TreeMap<>();
    for (Report report : reports) {
      bySource.computeIfAbsent(report.source(), k -> new ArrayList<>()).add(report);
    }
    return bySource;
  }

  private static final Comparator<Instant> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  private static final Comparator<Report> PUBLICATION_ORDER =
      Comparator.comparing(Report::published, NULLS_FIRST)
          .thenComparing(r -> r.article() == null ? "" : r.article())
          .thenComparingLong(Report::figure);

  /** Newest publication first; on a tie, the higher figure. */
  private static final Comparator<Report> LATEST_FIRST =
      Comparator.comparing(Report::published, NULLS_FIRST)
          .reversed()
          .thenComparing(Comparator.comparingLong(Report::figure).reversed());
}
