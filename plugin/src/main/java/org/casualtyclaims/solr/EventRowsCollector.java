package org.casualtyclaims.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.LongValues;
import org.apache.solr.common.SolrException;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.search.facet.FacetContext;
import org.apache.solr.search.facet.FieldUtil;
import org.apache.solr.search.facet.SlotAcc;
import org.apache.solr.search.join.BlockJoinParentQParser;

/**
 * Collects {@code claim_event_rows()} ({@link EventRowsAgg}): per global ordinal of {@code
 * claim_event_key}, the claims, and the articles counted as {@code uniqueBlock} counts them: the
 * claims of one article are consecutive documents before it, so an article is counted once per
 * key when its parent differs from the last one the key saw.
 */
final class EventRowsCollector extends SlotAcc {
  private final SortedDocValues keys;
  private final OrdinalMap ordinalMap;
  private final BitSetProducer parents;
  private final int[] claims;
  private final int[] articles;
  private final int[] lastArticle;

  private SortedDocValues segmentKeys;
  private LongValues toGlobal;
  private BitSet segmentParents;

  EventRowsCollector(FacetContext fcontext, int numSlots) throws IOException {
    super(fcontext);
    if (numSlots != 1) {
      throw new SolrException(
          SolrException.ErrorCode.BAD_REQUEST,
          EventRowsAgg.NAME
              + "() is counted for one bucket at a time: use it in a query facet");
    }
    SchemaField field = fcontext.getSearcher().getSchema().getFieldOrNull(ClaimFields.EVENT_KEY);
    if (field == null || !field.hasDocValues()) {
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR,
          EventRowsAgg.NAME + "() needs the field " + ClaimFields.EVENT_KEY + " with docValues");
    }
    keys = FieldUtil.getSortedDocValues(fcontext.getQueryContext(), field, null);
    ordinalMap = keys instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
    int size = Math.toIntExact(keys.getValueCount());
    claims = new int[size];
    articles = new int[size];
    lastArticle = new int[size];
    Arrays.fill(lastArticle, -1);
    parents =
        BlockJoinParentQParser.getCachedBitSetProducer(
            fcontext.getRequest(), new TermQuery(new Term(ClaimFields.DOC_TYPE, ClaimFields.ARTICLE)));
  }

  @Override
  public void setNextReader(LeafReaderContext context) throws IOException {
    super.setNextReader(context);
    segmentKeys = DocValues.getSorted(context.reader(), ClaimFields.EVENT_KEY);
    toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(context.ord);
    segmentParents = parents.getBitSet(context);
  }

  @Override
  public void collect(int doc, int slot, IntFunction<SlotContext> slotContext) throws IOException {
    if (!segmentKeys.advanceExact(doc)) {
      return;
    }
    int ord = (int) toGlobal.get(segmentKeys.ordValue());
    claims[ord]++;
    int parent = segmentParents == null ? DocIdSetIterator.NO_MORE_DOCS : segmentParents.nextSetBit(doc);
    // a claim without a parent counts as an article of its own
    int article = currentDocBase + (parent == DocIdSetIterator.NO_MORE_DOCS ? doc : parent);
    if (lastArticle[ord] != article) {
      lastArticle[ord] = article;
      articles[ord]++;
    }
  }

  @Override
  public int compare(int slotA, int slotB) {
    return 0; // one slot
  }

  /** The rows with claims, in key order: a series' keys are consecutive, so it is written once. */
  @Override
  public Object getValue(int slot) throws IOException {
    List<String> series = new ArrayList<>();
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
    BytesRefBuilder current = new BytesRefBuilder();
    int row = 0;
    for (int ord = 0; ord < claims.length; ord++) {
      if (claims[ord] == 0) {
        continue;
      }
      BytesRef key = keys.lookupOrd(ord);
      int bar = lastBar(key);
      int epochDay = bar < 0 ? Integer.MIN_VALUE : EventDays.parse(key, bar + 1);
      if (epochDay == Integer.MIN_VALUE) {
        continue; // not written by this plugin
      }
      if (series.isEmpty() || !samePrefix(current.get(), key, bar)) {
        current.copyBytes(key.bytes, key.offset, bar);
        series.add(current.get().utf8ToString());
        rowsPerSeries.add(0);
      }
      rowsPerSeries.set(series.size() - 1, rowsPerSeries.get(series.size() - 1) + 1);
      day[row] = epochDay;
      claimCounts[row] = claims[ord];
      articleCounts[row] = articles[ord];
      row++;
    }
    int[] rows = rowsPerSeries.stream().mapToInt(Integer::intValue).toArray();
    return new EventRows(
            series,
            rows,
            Arrays.copyOf(day, row),
            Arrays.copyOf(claimCounts, row),
            Arrays.copyOf(articleCounts, row))
        .toValue();
  }

  private static int lastBar(BytesRef key) {
    for (int i = key.length - 1; i >= 0; i--) {
      if (key.bytes[key.offset + i] == '|') {
        return i;
      }
    }
    return -1;
  }

  private static boolean samePrefix(BytesRef series, BytesRef key, int length) {
    return series.length == length
        && Arrays.equals(
            series.bytes, series.offset, series.offset + length,
            key.bytes, key.offset, key.offset + length);
  }

  @Override
  public void reset() {
    Arrays.fill(claims, 0);
    Arrays.fill(articles, 0);
    Arrays.fill(lastArticle, -1);
  }

  @Override
  public void resize(Resizer resizer) {
    // one slot, never resized
  }
}
