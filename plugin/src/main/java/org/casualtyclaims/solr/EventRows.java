package org.casualtyclaims.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.SimpleOrderedMap;

/**
 * The day rows of compare by event in compact form, as {@code claim_event_rows()} gives them
 * ({@link EventRowsAgg}): each series key once, and per series its days (epoch days, ascending)
 * with the claims and the articles of each. As a facet value:
 *
 * <pre>
 * series:   [series key, ...]          each once
 * rows:     int[]  per series, how many of the rows below are its
 * day:      int[]  per row, its epoch day
 * claims:   long[] per row, its claims
 * articles: long[] per row, the articles its claims come from
 * </pre>
 *
 * Shards' rows are merged by adding claims and articles of equal series and day: an article and
 * its claims live on one shard, so the sums are exact.
 */
final class EventRows {
  static final String SERIES = "series";
  static final String ROWS = "rows";
  static final String DAY = "day";
  static final String CLAIMS = "claims";
  static final String ARTICLES = "articles";

  final List<String> series;
  final int[] rows;
  final int[] day;
  final long[] claims;
  final long[] articles;

  EventRows(List<String> series, int[] rows, int[] day, long[] claims, long[] articles) {
    this.series = series;
    this.rows = rows;
    this.day = day;
    this.claims = claims;
    this.articles = articles;
  }

  static final EventRows NONE = new EventRows(List.of(), new int[0], new int[0], new long[0], new long[0]);

  SimpleOrderedMap<Object> toValue() {
    SimpleOrderedMap<Object> out = new SimpleOrderedMap<>();
    out.add(SERIES, series);
    out.add(ROWS, rows);
    out.add(DAY, day);
    out.add(CLAIMS, claims);
    out.add(ARTICLES, articles);
    return out;
  }

  /**
   * Reads a facet value written by {@link #toValue}, in one core or back from a shard, where the
   * arrays may come as lists of numbers; {@link #NONE} when there is none.
   */
  static EventRows read(Object value) {
    if (value == null) {
      return NONE;
    }
    Object series = FacetResult.get(value, SERIES);
    int[] rows = ints(FacetResult.get(value, ROWS));
    int[] day = ints(FacetResult.get(value, DAY));
    long[] claims = longs(FacetResult.get(value, CLAIMS));
    long[] articles = longs(FacetResult.get(value, ARTICLES));
    if (!(series instanceof List<?> names)
        || rows.length != names.size()
        || claims.length != day.length
        || articles.length != day.length) {
      throw new IllegalStateException("malformed claim_event_rows() value: " + value);
    }
    List<String> keys = new ArrayList<>(names.size());
    long total = 0;
    for (int i = 0; i < names.size(); i++) {
      keys.add(String.valueOf(names.get(i)));
      total += rows[i];
    }
    if (total != day.length) {
      throw new IllegalStateException("malformed claim_event_rows() value: " + value);
    }
    return new EventRows(keys, rows, day, claims, articles);
  }

  private static int[] ints(Object value) {
    if (value instanceof int[] array) {
      return array;
    }
    List<?> list = value instanceof List<?> l ? l : List.of();
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) list.get(i)).intValue();
    }
    return out;
  }

  private static long[] longs(Object value) {
    if (value instanceof long[] array) {
      return array;
    }
    List<?> list = value instanceof List<?> l ? l : List.of();
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) list.get(i)).longValue();
    }
    return out;
  }

  /** Adds up the rows of many shards: equal series and days add their claims and articles. */
  static final class Sum {
    /** Per series, its rows so far, days ascending. */
    private final Map<String, EventRows> bySeries = new HashMap<>();
    private EventRows only;
    private int parts;

    void add(EventRows part) {
      parts++;
      if (parts == 1) {
        only = part; // one shard (or one answering): nothing to add up
        return;
      }
      if (only != null) {
        split(only);
        only = null;
      }
      split(part);
    }

    private void split(EventRows part) {
      int at = 0;
      for (int s = 0; s < part.series.size(); s++) {
        int n = part.rows[s];
        EventRows one =
            new EventRows(
                List.of(part.series.get(s)),
                new int[] {n},
                Arrays.copyOfRange(part.day, at, at + n),
                Arrays.copyOfRange(part.claims, at, at + n),
                Arrays.copyOfRange(part.articles, at, at + n));
        bySeries.merge(part.series.get(s), one, Sum::mergeOne);
        at += n;
      }
    }

    /** Two sorted runs of days of one series, merged. */
    private static EventRows mergeOne(EventRows a, EventRows b) {
      int n = a.day.length + b.day.length;
      int[] day = new int[n];
      long[] claims = new long[n];
      long[] articles = new long[n];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < a.day.length || j < b.day.length) {
        boolean fromA = j >= b.day.length || (i < a.day.length && a.day[i] <= b.day[j]);
        int d = fromA ? a.day[i] : b.day[j];
        if (k > 0 && day[k - 1] == d) {
          k--;
        } else {
          day[k] = d;
        }
        claims[k] += fromA ? a.claims[i] : b.claims[j];
        articles[k] += fromA ? a.articles[i] : b.articles[j];
        k++;
        if (fromA) {
          i++;
        } else {
          j++;
        }
      }
      return new EventRows(a.series, new int[] {k}, Arrays.copyOf(day, k),
          Arrays.copyOf(claims, k), Arrays.copyOf(articles, k));
    }

    EventRows result() {
      if (only != null) {
        return only;
      }
      if (parts == 0) {
        return NONE;
      }
      List<String> series = new ArrayList<>(bySeries.keySet());
      int total = 0;
      for (EventRows one : bySeries.values()) {
        total += one.day.length;
      }
      int[] rows = new int[series.size()];
      int[] day = new int[total];
      long[] claims = new long[total];
      long[] articles = new long[total];
      int at = 0;
      for (int s = 0; s < series.size(); s++) {
        EventRows one = bySeries.get(series.get(s));
        int n = one.day.length;
        rows[s] = n;
        System.arraycopy(one.day, 0, day, at, n);
        System.arraycopy(one.claims, 0, claims, at, n);
        System.arraycopy(one.articles, 0, articles, at, n);
        at += n;
      }
      return new EventRows(series, rows, day, claims, articles);
    }
  }
}
