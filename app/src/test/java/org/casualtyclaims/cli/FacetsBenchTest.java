package org.casualtyclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The facets benchmark's plumbing on a tiny index; its timings are not checked (a benchmark is no test). */
class FacetsBenchTest {
  private final Checkout.Capture out = new Checkout.Capture();
  private final Checkout.Capture err = new Checkout.Capture();

  private int run(String... args) throws Exception {
    return BenchCommand.run(List.of(args), out.stream, err.stream);
  }

  @Test
  void facetsPrintsTheResultLineLast() throws Exception {
    int code =
        run("facets", "--docs", "300", "--rounds", "3", "--warmup", "1", "--conf",
            "../solr-config/conf");
    assertEquals(0, code, err.text());
    String[] lines = out.text().strip().split("\n");
    String last = lines[lines.length - 1];
    assertTrue(
        last.matches("RESULT component_ms=\\d+\\.\\d\\d json_facet_ms=\\d+\\.\\d\\d ratio=\\d+\\.\\d{3}"),
        last);
    assertTrue(lines[0].startsWith("indexed 300 articles with "), lines[0]);
    String events = lines[lines.length - 2];
    assertTrue(
        events.matches("EVENTS events_ms=\\d+\\.\\d\\d component_ms=\\d+\\.\\d\\d ratio=\\d+\\.\\d{3}"
            + " events=[1-9]\\d*"),
        events);
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    assertEquals(2, run("facets", "--docs", "many"));
    assertTrue(err.text().contains("--docs"));
    assertEquals(2, run("facets", "--rounds", "0"));
    assertEquals(2, run("facets", "--conf", "/nonexistent"));
  }
}
