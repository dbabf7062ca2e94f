package org.casualtyclaims.solr;

import org.apache.solr.search.FunctionQParser;
import org.apache.solr.search.ValueSourceParser;
import org.apache.solr.search.facet.AggValueSource;
import org.apache.solr.search.facet.FacetContext;
import org.apache.solr.search.facet.FacetMerger;
import org.apache.solr.search.facet.SlotAcc;

/**
 * {@code claim_event_rows()}: a JSON facet statistic that reads the claims of its bucket into the
 * day rows compare by event groups ({@link EventRows}): per {@code claim_event_key} value, its
 * claims and the articles they come from. It does what a terms facet on {@code claim_event_key}
 * with a {@code uniqueBlock(_root_)} statistic and {@code limit:-1} does, without a bucket, a
 * sort or a string per row: counts in arrays by global ordinal, each series written once. The
 * facet module distributes it like any statistic; shards' answers are added up exactly ({@link
 * EventRows.Sum}). It is counted for one bucket at a time, as in a query facet; a facet that would
 * collect it for many buckets at once is refused with a 400.
 *
 * <p>Registered in solrconfig.xml under the {@code agg_} prefix Solr looks statistics up by: {@code
 * <valueSourceParser name="agg_claim_event_rows"
 * class="org.casualtyclaims.solr.EventRowsAgg$Parser"/>}.
 */
public final class EventRowsAgg extends AggValueSource {
  public static final String NAME = "claim_event_rows";

  public EventRowsAgg() {
    super(NAME);
  }

  /** The function's parser, as the configset registers it; it takes no arguments. */
  public static final class Parser extends ValueSourceParser {
    @Override
    public AggValueSource parse(FunctionQParser fp) {
      return new EventRowsAgg();
    }
  }

  @Override
  public SlotAcc createSlotAcc(FacetContext fcontext, long numDocs, int numSlots)
      throws java.io.IOException {
    return new EventRowsCollector(fcontext, numSlots);
  }

  @Override
  public FacetMerger createFacetMerger(Object prototype) {
    return new FacetMerger() {
      private final EventRows.Sum sum = new EventRows.Sum();

      @Override
      public void merge(Object facetResult, Context mcontext) {
        sum.add(EventRows.read(facetResult));
      }

      @Override
      public void finish(Context mcontext) {
        // nothing to refine: every shard gives all its rows
      }

      @Override
      public Object getMergedResult() {
        return sum.result().toValue();
      }
    };
  }

  @Override
  public int hashCode() {
    return NAME.hashCode();
  }

  @Override
  public String description() {
    return NAME + "()";
  }
}
