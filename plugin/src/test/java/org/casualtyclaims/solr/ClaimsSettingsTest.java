package org.casualtyclaims.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.casualtyclaims.engine.ExtractorSettings;
import org.junit.jupiter.api.Test;

/** Init args and request parameters, parsed without a core. */
class ClaimsSettingsTest {

  private static NamedList<Object> args(Object... namesAndValues) {
    NamedList<Object> args = new NamedList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.add((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return args;
  }

  private static String failure(NamedList<Object> args) {
    SolrException e = assertThrows(SolrException.class, () -> ClaimsSettings.parse(args));
    assertEquals(500, e.code());
    assertTrue(e.getMessage().startsWith("ClaimsUpdateProcessorFactory: "), e.getMessage());
    return e.getMessage();
  }

  @Test
  void everyArgHasADefault() {
    ClaimsSettings s = ClaimsSettings.defaults();
    assertEquals("title", s.titleField());
    assertEquals(List.of("body"), s.bodyFields());
    assertEquals("published", s.publishedField());
    assertEquals("claims", s.lexiconDir());
    assertEquals(ExtractorSettings.defaults(), s.limits());
    assertEquals(OnError.INDEX, s.onError());
    assertTrue(s.enabled());
    assertEquals(List.of("title", "body"), s.sourceFields());
  }

  @Test
  void valuesOfEveryTypeAreRead() {
    NamedList<Object> args =
        args("titleField", " headline ", "bodyFields", "lede, body text", "publishedField",
            "date", "lexiconDir", "claims-en/", "maxChars", 1000, "maxFigure", 5_000_000_000L,
            "maxEvidence", "3", "onError", "FAIL", "enabled", "false");
    ClaimsSettings s = ClaimsSettings.parse(args);
    assertEquals("headline", s.titleField());
    assertEquals(List.of("lede", "body", "text"), s.bodyFields());
    assertEquals("date", s.publishedField());
    assertEquals("claims-en/", s.lexiconDir());
    assertEquals(new ExtractorSettings(1000, 5_000_000_000L, 3), s.limits());
    assertEquals(OnError.FAIL, s.onError());
    assertFalse(s.enabled());
    assertEquals(9, args.size(), "the args given are left as they were");
  }

  @Test
  void bodyFieldsMayBeAnArrayOrRepeated() {
    assertEquals(List.of("lede", "body"),
        ClaimsSettings.parse(args("bodyFields", List.of("lede", "body"))).bodyFields());
    assertEquals(List.of("lede", "body"),
        ClaimsSettings.parse(args("bodyFields", "lede", "bodyFields", "body")).bodyFields());
    assertTrue(failure(args("bodyFields", "body, body")).contains("names the field 'body' twice"));
    assertTrue(failure(args("bodyFields", " , ")).contains("at least one field"));
    assertTrue(failure(args("bodyFields", "title")).contains("must not repeat the title field"));
  }

  @Test
  void unknownArgsAreNamedAll() {
    String m = failure(args("titleField", "title", "maxchars", 10, "lexicon", "x"));
    assertTrue(m.contains("unknown init arg(s) 'maxchars', 'lexicon'"), m);
    assertTrue(m.contains("'maxChars'"), m);
  }

  @Test
  void badValuesNameTheArg() {
    assertTrue(failure(args("onError", "retry")).contains("'onError' must be 'index' or 'fail'"));
    assertTrue(failure(args("maxChars", -5)).contains("'maxChars' must be between 1 and"));
    assertTrue(failure(args("maxChars", 3_000_000_000L)).contains("'maxChars' must be between"));
    assertTrue(failure(args("maxFigure", "lots")).contains("'maxFigure' must be a whole number"));
    assertTrue(failure(args("maxEvidence", 2.5f)).contains("'maxEvidence' must be a whole number"));
    assertTrue(failure(args("enabled", "maybe")).contains("'enabled' must be true or false"));
    assertTrue(failure(args("enabled", 1)).contains("'enabled' must be true or false"));
    assertTrue(failure(args("titleField", "  ")).contains("'titleField' must not be empty"));
    assertTrue(failure(args("titleField", 7)).contains("init arg 'titleField'"));
    assertTrue(failure(args("lexiconDir", "a", "lexiconDir", "b")).contains("given 2 times"));
  }

  @Test
  void lexiconDirMustStayInsideTheConfigset() {
    for (String ok : List.of("claims", "claims/", "lexicons/en", "claims-v2.1", "a/b/c")) {
      assertEquals(ok, ClaimsSettings.parse(args("lexiconDir", ok)).lexiconDir(), ok);
    }
    for (String bad :
        List.of("../claims", "claims/../../etc", "..", ".", "./claims", "/etc", "/etc/claims/",
            "//server/share", "\\\\server\\share", "C:\\claims", "c:/claims", "~/claims",
            "claims//en", "file:/etc", "claims/\u0000", "claims\\..\\..")) {
      String message = failure(args("lexiconDir", bad));
      assertTrue(message.contains("'lexiconDir' must name a folder inside the configset's conf"),
          bad + ": " + message);
      assertTrue(message.contains("found '" + bad + "'"), bad + ": " + message);
    }
  }

  @Test
  void requestParamsOverrideTheArgs() {
    ClaimsSettings s = ClaimsSettings.defaults();
    assertEquals(new ClaimsRequestOptions(true, OnError.INDEX),
        ClaimsRequestOptions.of(new ModifiableSolrParams(), s));
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("claims.enabled", "false");
    p.set("claims.onError", "fail");
    p.set("commit", "true");
    assertEquals(new ClaimsRequestOptions(false, OnError.FAIL), ClaimsRequestOptions.of(p, s));
  }

  @Test
  void badRequestParamsAre400s() {
    ClaimsSettings s = ClaimsSettings.defaults();
    for (String[] bad :
        List.of(new String[] {"claims.enabled", "nope", "claims.enabled"},
            new String[] {"claims.onError", "ignore", "claims.onError"},
            new String[] {"claims.maxChars", "10", "unknown request parameter 'claims.maxChars'"})) {
      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set(bad[0], bad[1]);
      SolrException e = assertThrows(SolrException.class, () -> ClaimsRequestOptions.of(p, s));
      assertEquals(400, e.code());
      assertTrue(e.getMessage().contains(bad[2]), e.getMessage());
    }
  }
}
