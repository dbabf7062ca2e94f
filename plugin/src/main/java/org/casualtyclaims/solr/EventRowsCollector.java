package org.casualtyclaims.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.LongValues;
import org.apache.solr.common.SolrException;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.search.facet.FacetContext;
import org.apache.solr.search.facet.FieldUtil;
import org.apache.solr.search.facet.SlotAcc;
import org.apache.solr.search.join.BlockJoinParentQParser;

/**
 * Collects {@code claim_event_rows()} ({@link EventRowsAgg}): per global ordinal of {@code
 * claim_event_key} ({@code series|day}), the claims, and the articles counted as {@code
 * uniqueBlock} counts them: the claims of one article are consecutive documents before it, so an
 * article is counted once per key when its parent differs from the last one the key saw. A key's
 * series ({@code claim_event_series}) and day ({@code claim_event_day}) are read from its first
 * claim, so that the answer looks up one string per series rather than one per key.
 */
final class EventRowsCollector extends SlotAcc {
  private static final long DAY_MILLIS = 86_400_000L;
  /** A key whose claim lacks its series or day: not written by this plugin, left out. */
  private static final int FOREIGN = -1;

  private final Ordinals keys;
  private final Ordinals series;
  private final BitSetProducer parents;
  /** By global key ordinal: claims, articles, series (global ordinal) and epoch day. */
  private final int[] claims;
  private final int[] articles;
  private final int[] seriesOf;
  private final int[] dayOf;

  private SortedDocValues segmentKeys;
  private SortedDocValues segmentSeries;
  private NumericDocValues segmentDays;
  private LongValues keyToGlobal;
  private LongValues seriesToGlobal;
  private BitSet segmentParents;
  /** The same by the segment's key ordinal, added to the global ones when the segment ends. */
  private Segment segment = new Segment(0);

  /** A string field's top-level ordinals, and the map from each segment's. */
  private record Ordinals(String field, SortedDocValues values, OrdinalMap map) {
    static Ordinals of(FacetContext fcontext, String name) throws IOException {
      SchemaField field = fcontext.getSearcher().getSchema().getFieldOrNull(name);
      if (field == null || !field.hasDocValues()) {
        throw new SolrException(
            SolrException.ErrorCode.SERVER_ERROR,
            EventRowsAgg.NAME + "() needs the field " + name + " with docValues");
      }
      SortedDocValues values = FieldUtil.getSortedDocValues(fcontext.getQueryContext(), field, null);
      OrdinalMap map = values instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
      return new Ordinals(name, values, map);
    }

    LongValues toGlobal(LeafReaderContext context) {
      return map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
    }
  }

  EventRowsCollector(FacetContext fcontext, int numSlots) throws IOException {
    super(fcontext);
    if (numSlots != 1) {
      throw new SolrException(
          SolrException.ErrorCode.BAD_REQUEST,
          EventRowsAgg.NAME
              + "() is counted for one bucket at a time: use it in a query facet");
    }
    keys = Ordinals.of(fcontext, ClaimFields.EVENT_KEY);
    series = Ordinals.of(fcontext, ClaimFields.EVENT_SERIES);
    int size = Math.toIntExact(keys.values().getValueCount());
    claims = new int[size];
    articles = new int[size];
    seriesOf = new int[size];
    dayOf = new int[size];
    parents =
        BlockJoinParentQParser.getCachedBitSetProducer(
            fcontext.getRequest(), new TermQuery(new Term(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE)));
  }

  /**
   * One segment's counts by its own key ordinals: mapping each claim's ordinal to the global one
   * would cost a look-up in the ordinal map per claim; this costs one per key of the segment.
   */
  private static final class Segment {
    int size;
    int[] claims;
    int[] articles;
    int[] lastArticle;
    int[] seriesOf;
    int[] dayOf;

    Segment(int capacity) {
      claims = new int[capacity];
      articles = new int[capacity];
      lastArticle = new int[capacity];
      seriesOf = new int[capacity];
      dayOf = new int[capacity];
    }

    /** Ready for a segment of {@code keys} keys: zero counts, no article seen. */
    Segment clearedFor(int keys) {
      Segment out = keys <= claims.length ? this : new Segment(Math.max(keys, claims.length * 2));
      Arrays.fill(out.claims, 0, keys, 0);
      Arrays.fill(out.articles, 0, keys, 0);
      Arrays.fill(out.lastArticle, 0, keys, -1);
      out.size = keys;
      return out;
    }
  }

  @Override
  public void setNextReader(LeafReaderContext context) throws IOException {
    endSegment();
    super.setNextReader(context);
    segmentKeys = DocValues.getSorted(context.reader(), ClaimFields.EVENT_KEY);
    segmentSeries = DocValues.getSorted(context.reader(), ClaimFields.EVENT_SERIES);
    segmentDays = DocValues.getNumeric(context.reader(), ClaimFields.EVENT_DAY);
    keyToGlobal = keys.toGlobal(context);
    seriesToGlobal = series.toGlobal(context);
    segmentParents = parents.getBitSet(context);
    segment = segment.clearedFor(segmentKeys.getValueCount());
  }

  /** Adds the segment's counts to the global ones. */
  private void endSegment() {
    for (int ord = 0; ord < segment.size; ord++) {
      if (segment.claims[ord] == 0) {
        continue;
      }
      int global = (int) keyToGlobal.get(ord);
      if (claims[global] == 0) {
        seriesOf[global] = segment.seriesOf[ord];
        dayOf[global] = segment.dayOf[ord];
      }
      claims[global] += segment.claims[ord];
      // an article and its claims are in one segment: the segments' counts add up
      articles[global] += segment.articles[ord];
    }
    segment.size = 0;
  }

  @Override
  public void collect(int doc, int slot, IntFunction<SlotContext> slotContext) throws IOException {
    if (!segmentKeys.advanceExact(doc)) {
      return;
    }
    int ord = segmentKeys.ordValue();
    if (segment.claims[ord]++ == 0) {
      describe(ord, doc);
    }
    int parent = segmentParents == null ? DocIdSetIterator.NO_MORE_DOCS : segmentParents.nextSetBit(doc);
    // a claim without a parent counts as an article of its own
    int article = parent == DocIdSetIterator.NO_MORE_DOCS ? doc : parent;
    if (segment.lastArticle[ord] != article) {
      segment.lastArticle[ord] = article;
      segment.articles[ord]++;
    }
  }

  /** The key's series and day, from its first claim in the segment. */
  private void describe(int ord, int doc) throws IOException {
    if (!segmentSeries.advanceExact(doc) || !segmentDays.advanceExact(doc)) {
      segment.seriesOf[ord] = FOREIGN;
      return;
    }
    segment.seriesOf[ord] = (int) seriesToGlobal.get(segmentSeries.ordValue());
    segment.dayOf[ord] = Math.toIntExact(Math.floorDiv(segmentDays.longValue(), DAY_MILLIS));
  }

  @Override
  public int compare(int slotA, int slotB) {
    return 0; // one slot
  }

  /**
   * The rows with claims, in key order: a series' keys ({@code series|day}) are consecutive, so
   * each series is written once.
   */
  @Override
  public Object getValue(int slot) throws IOException {
    endSegment();
    List<String> names = new ArrayList<>();
    List<Integer> rowsPerSeries = new ArrayList<>();
    int used = 0;
    for (int c : claims) {
      if (c > 0) {
        used++;
      }
    }
    int[] day = new int[used];
    long[] claimCounts = new long[used];
    long[] articleCounts = new long[used];
    int previous = FOREIGN;
    int row = 0;
    for (int ord = 0; ord < claims.length; ord++) {
      if (claims[ord] == 0 || seriesOf[ord] == FOREIGN) {
        continue;
      }
      if (seriesOf[ord] != previous) {
        previous = seriesOf[ord];
        names.add(series.values().lookupOrd(previous).utf8ToString());
        rowsPerSeries.add(0);
      }
      rowsPerSeries.set(names.size() - 1, rowsPerSeries.get(names.size() - 1) + 1);
      day[row] = dayOf[ord];
      claimCounts[row] = claims[ord];
      articleCounts[row] = articles[ord];
      row++;
    }
    int[] rows = rowsPerSeries.stream().mapToInt(Integer::intValue).toArray();
    return new EventRows(
            names,
            rows,
            Arrays.copyOf(day, row),
            Arrays.copyOf(claimCounts, row),
            Arrays.copyOf(articleCounts, row))
        .toValue();
  }

  @Override
  public void reset() {
    Arrays.fill(claims, 0);
    Arrays.fill(articles, 0);
    segment.size = 0;
  }

  @Override
  public void resize(Resizer resizer) {
    // one slot, never resized
  }
}
