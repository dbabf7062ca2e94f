package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.SERVER_ERROR;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.casualtyclaims.engine.ExtractorSettings;
import org.casualtyclaims.engine.LexiconFiles;

/**
 * The init args of {@link ClaimsUpdateProcessorFactory}, parsed strictly: every arg has a
 * default, a bad value or an unknown name fails core load with a message naming the arg.
 *
 * @param titleField the field read as the headline
 * @param bodyFields the fields read as the body, in order
 * @param publishedField the parent's date field copied to each claim as {@code claim_published}
 * @param lexiconDir the lexicon folder, relative to the configset's {@code conf}
 * @param limits the engine's limits (maxChars, maxFigure, maxEvidence)
 * @param onError what to do when extraction fails, unless a request says otherwise
 * @param enabled whether documents are tagged, unless a request says otherwise
 * @param lockEnabled whether tagging is locked on: a request's {@code claims.enabled=false} is
 *     then a 403 (requires {@code enabled})
 */
public record ClaimsSettings(
    String titleField,
    List<String> bodyFields,
    String publishedField,
    String lexiconDir,
    ExtractorSettings limits,
    OnError onError,
    boolean enabled,
    boolean lockEnabled) {

  public static final String TITLE_FIELD = "titleField";
  public static final String BODY_FIELDS = "bodyFields";
  public static final String PUBLISHED_FIELD = "publishedField";
  public static final String LEXICON_DIR = "lexiconDir";
  public static final String MAX_CHARS = "maxChars";
  public static final String MAX_FIGURE = "maxFigure";
  public static final String MAX_EVIDENCE = "maxEvidence";
  public static final String ON_ERROR = "onError";
  public static final String ENABLED = "enabled";
  public static final String LOCK_ENABLED = "lockEnabled";

  /** Every init arg, in documentation order. */
  public static final List<String> ARGS =
      List.of(TITLE_FIELD, BODY_FIELDS, PUBLISHED_FIELD, LEXICON_DIR, MAX_CHARS, MAX_FIGURE,
          MAX_EVIDENCE, ON_ERROR, ENABLED, LOCK_ENABLED);

  public ClaimsSettings {
    bodyFields = List.copyOf(bodyFields);
  }

  /** The settings with every default. */
  public static ClaimsSettings defaults() {
    return parse(new NamedList<>());
  }

  /** The title field followed by the body fields: the fields extraction reads. */
  public List<String> sourceFields() {
    List<String> fields = new ArrayList<>(bodyFields.size() + 1);
    fields.add(titleField);
    fields.addAll(bodyFields);
    return fields;
  }

  /**
   * Parses init args. {@code args} is not modified.
   *
   * @throws SolrException (server error) naming the arg, for a bad value or an unknown arg
   */
  public static ClaimsSettings parse(NamedList<?> args) {
    NamedList<?> rest = args.clone();
    String title = string(rest, TITLE_FIELD, ClaimFields.TITLE);
    List<String> bodies = fieldList(rest, BODY_FIELDS, List.of(ClaimFields.BODY));
    if (bodies.contains(title)) {
      throw error("'" + BODY_FIELDS + "' must not repeat the title field '" + title + "'");
    }
    String published = string(rest, PUBLISHED_FIELD, ClaimFields.PUBLISHED);
    String lexiconDir = insideConf(string(rest, LEXICON_DIR, LexiconFiles.DEFAULT_DIRECTORY));
    long maxChars =
        number(rest, MAX_CHARS, ExtractorSettings.DEFAULT_MAX_CHARS, Integer.MAX_VALUE);
    long maxFigure = number(rest, MAX_FIGURE, ExtractorSettings.DEFAULT_MAX_FIGURE, Long.MAX_VALUE);
    long maxEvidence =
        number(rest, MAX_EVIDENCE, ExtractorSettings.DEFAULT_MAX_EVIDENCE, Integer.MAX_VALUE);
    String onErrorText = string(rest, ON_ERROR, OnError.INDEX.label());
    OnError onError = OnError.fromLabel(onErrorText);
    if (onError == null) {
      throw error("'" + ON_ERROR + "' must be 'index' or 'fail', found '" + onErrorText + "'");
    }
    boolean enabled = bool(rest, ENABLED, true);
    boolean lockEnabled = bool(rest, LOCK_ENABLED, false);
    if (lockEnabled && !enabled) {
      throw error("'" + LOCK_ENABLED + "' locks tagging on, so it needs '" + ENABLED + "' true");
    }
    if (rest.size() > 0) {
      Set<String> unknown = new LinkedHashSet<>();
      for (int i = 0; i < rest.size(); i++) {
        unknown.add(rest.getName(i));
      }
      throw error("unknown init arg(s) " + quoted(unknown) + "; known args are " + quoted(ARGS));
    }
    return new ClaimsSettings(title, bodies, published, lexiconDir,
        new ExtractorSettings((int) maxChars, maxFigure, (int) maxEvidence), onError, enabled,
        lockEnabled);
  }

  /**
   * The lexicon folder must lie inside the configset: a relative path of plain names. Solr's
   * resource loader reads what it is given from the configset, the core's instance folder or the
   * class path, and with {@code solr.allowUnsafeResourceloading} from anywhere on disk; an
   * absolute path, a {@code ..}, a drive or a UNC name could make the plugin read files that are
   * not its lexicons. Refused at core load, naming the arg.
   */
  static String insideConf(String dir) {
    String path = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    boolean ok = !path.isEmpty() && !path.startsWith("/") && !path.startsWith("~");
    for (int i = 0; ok && i < path.length(); i++) {
      char c = path.charAt(i);
      ok = c != '\\' && c != ':' && !Character.isISOControl(c);
    }
    for (String segment : path.split("/", -1)) {
      ok &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
    }
    if (!ok) {
      throw error("'" + LEXICON_DIR + "' must name a folder inside the configset's conf folder,"
          + " as a relative path of plain names (such as 'claims' or 'lexicons/en': no '/' at the"
          + " start, no '.' or '..', no '\\', ':' or '~'), found '" + dir + "'");
    }
    return dir;
  }

  static SolrException error(String message) {
    return new SolrException(
        SERVER_ERROR, ClaimsUpdateProcessorFactory.class.getSimpleName() + ": " + message);
  }

  private static String quoted(Collection<String> names) {
    List<String> q = new ArrayList<>(names.size());
    for (String n : names) {
      q.add("'" + n + "'");
    }
    return String.join(", ", q);
  }

  /** The values of {@code name}, removed from {@code args}: str, arr of str, or repeated str. */
  private static List<String> strings(NamedList<?> args, String name) {
    try {
      return new ArrayList<>(args.removeConfigArgs(name));
    } catch (SolrException e) {
      throw error(e.getMessage()); // names the arg and the type found
    }
  }

  private static String string(NamedList<?> args, String name, String defaultValue) {
    List<String> values = strings(args, name);
    if (values.isEmpty()) {
      return defaultValue;
    }
    if (values.size() > 1) {
      throw error("'" + name + "' is given " + values.size() + " times; give it once");
    }
    String value = values.get(0).strip();
    if (value.isEmpty()) {
      throw error("'" + name + "' must not be empty");
    }
    return value;
  }

  /** Field names from one or more str (comma or space separated) or an arr. */
  private static List<String> fieldList(NamedList<?> args, String name, List<String> defaults) {
    List<String> values = strings(args, name);
    if (values.isEmpty()) {
      return defaults;
    }
    Set<String> fields = new LinkedHashSet<>();
    for (String value : values) {
      for (String field : value.split("[,\\s]+")) {
        if (!field.isEmpty() && !fields.add(field)) {
          throw error("'" + name + "' names the field '" + field + "' twice");
        }
      }
    }
    if (fields.isEmpty()) {
      throw error("'" + name + "' must name at least one field");
    }
    return List.copyOf(fields);
  }

  /** The one value of an init arg, removed from {@code args}; null when absent. */
  private static Object single(NamedList<?> args, String name) {
    List<?> values = args.removeAll(name); // null when absent
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw error("'" + name + "' is given " + values.size() + " times; give it once");
    }
    return values.get(0);
  }

  /** A whole number from int, long or str, between 1 and {@code max}. */
  private static long number(NamedList<?> args, String name, long defaultValue, long max) {
    Object v = single(args, name);
    if (v == null) {
      return defaultValue;
    }
    long n;
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      n = ((Number) v).longValue();
    } else if (v instanceof String s) {
      try {
        n = Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw error("'" + name + "' must be a whole number, found '" + s + "'");
      }
    } else {
      throw error("'" + name + "' must be a whole number, found " + describe(v));
    }
    if (n < 1 || n > max) {
      throw error("'" + name + "' must be between 1 and " + max + ", found " + n);
    }
    return n;
  }

  private static boolean bool(NamedList<?> args, String name, boolean defaultValue) {
    Object v = single(args, name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true":
          return true;
        case "false":
          return false;
        default:
          break;
      }
    }
    throw error("'" + name + "' must be true or false, found " + describe(v));
  }

  private static String describe(Object v) {
    return v instanceof String ? "'" + v + "'" : v + " (" + v.getClass().getSimpleName() + ")";
  }
}
