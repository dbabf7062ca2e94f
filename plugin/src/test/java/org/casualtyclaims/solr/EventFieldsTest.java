package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.casualtyclaims.engine.Category;
import org.casualtyclaims.engine.Claim;
import org.casualtyclaims.engine.ConfidenceLabel;
import org.casualtyclaims.engine.EventAnchor;
import org.casualtyclaims.engine.Qualifier;
import org.casualtyclaims.engine.Scope;
import org.casualtyclaims.engine.SourceType;
import org.casualtyclaims.engine.grouping.EventSeries;
import org.casualtyclaims.engine.grouping.SeriesKey;
import org.junit.jupiter.api.Test;

class EventFieldsTest {
  private static final EventAnchor QUAY =
      new EventAnchor("the quay", "Brenn", "Westfold", "IS", null, null, null, null, Scope.INCIDENT);

  private static SolrInputDocument written(String source) {
    Claim claim = new Claim(Category.INJURED, 31, null, Qualifier.EXACT, false, "fishermen",
        source, SourceType.OFFICIAL, null, 0.7, ConfidenceLabel.MEDIUM, List.of(), List.of(), 1,
        QUAY);
    SolrInputDocument doc = new SolrInputDocument();
    EventFields.write(doc, claim, EventSeries.UNFOLDED, LocalDate.of(2023, 2, 9));
    return doc;
  }

  @Test
  void keysRoundTripEvenWithABarInTheSource() {
    SolrInputDocument doc = written("Coast Guard | North");
    String series = "injured|fishermen|IS|incident|Westfold|Brenn";
    assertEquals(series + "|2023-02-09", doc.getFieldValue(ClaimFields.EVENT_KEY),
        "no event date: the publication day");
    String report = (String) doc.getFieldValue(ClaimFields.EVENT_REPORT);
    assertEquals(series + "|2023-02-09|31|Coast Guard | North", report);
    EventFields.ReportKey key = new EventFields.KeyReader().reportKey(report);
    assertEquals(series + "|2023-02-09", key.dayKey());
    assertEquals(31, key.figure());
    assertEquals("Coast Guard | North", key.source());
    // claim_event_rows() reads a key's series and day from these two fields
    assertEquals(series, SeriesKey.parse((String) doc.getFieldValue(ClaimFields.EVENT_SERIES)).toString());
    assertEquals(ClaimDocuments.day(LocalDate.of(2023, 2, 9)), doc.getFieldValue(ClaimFields.EVENT_DAY));
  }

  @Test
  void noSourceNoReportAndForeignValuesAreSkipped() {
    SolrInputDocument doc = written(null);
    assertEquals(null, doc.getField(ClaimFields.EVENT_REPORT));
    assertEquals(false, doc.getFieldValue(ClaimFields.CORRECTED));
    assertNull(new EventFields.KeyReader().reportKey("a|b|c|d|e|f|2024-01-01|many|Police"));
  }
}
