package org.casualtyclaims.solr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;

/**
 * Reads typed values from request or local parameters. Every malformed value is a 400 whose
 * message names the parameter as the user wrote it.
 */
final class ParamReader {
  private final SolrParams params;
  private final String where;

  /**
   * @param where appended to a parameter's name in messages, e.g. {@code " in {!claims}"} for
   *     local parameters; empty for request parameters
   */
  ParamReader(SolrParams params, String where) {
    this.params = params;
    this.where = where;
  }

  static SolrException bad(String param, String problem) {
    return new SolrException(
        SolrException.ErrorCode.BAD_REQUEST, "Bad parameter '" + param + "': " + problem);
  }

  SolrException badValue(String name, String problem) {
    return bad(name + where, problem);
  }

  /** true/false, on/off, yes/no (any case); absent: {@code def}. */
  boolean bool(String name, boolean def) {
    String raw = single(name);
    if (raw == null) {
      return def;
    }
    switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "on":
      case "yes":
        return true;
      case "false":
      case "off":
      case "no":
        return false;
      default:
        throw badValue(name, "expected true or false, got '" + raw + "'");
    }
  }

  /** An integer of at least {@code min}; absent: {@code def}. */
  int integer(String name, int def, int min, String rule) {
    String raw = single(name);
    if (raw == null) {
      return def;
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw badValue(name, "expected an integer, got '" + raw + "'");
    }
    if (value < min) {
      throw badValue(name, rule + ", got " + value);
    }
    return value;
  }

  /** A finite number, or null when absent. */
  Double number(String name) {
    String raw = single(name);
    if (raw == null) {
      return null;
    }
    return parseNumber(name, raw);
  }

  double parseNumber(String name, String raw) {
    double value;
    try {
      value = Double.parseDouble(raw.trim());
    } catch (NumberFormatException e) {
      throw badValue(name, "expected a number, got '" + raw + "'");
    }
    if (!Double.isFinite(value)) {
      throw badValue(name, "expected a finite number, got '" + raw + "'");
    }
    return value;
  }

  /**
   * All values of a repeatable, comma-separated parameter, trimmed, empty items dropped; null when
   * the parameter is absent, an empty list when it is present but empty.
   */
  List<String> commaList(String name) {
    String[] raw = params.getParams(name);
    if (raw == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String value : raw) {
      for (String item : value.split(",", -1)) {
        String trimmed = item.trim();
        if (!trimmed.isEmpty()) {
          out.add(trimmed);
        }
      }
    }
    return out;
  }

  /**
   * All values of a repeatable parameter whose values may hold commas (source names), trimmed;
   * null when absent.
   */
  List<String> repeated(String name) {
    String[] raw = params.getParams(name);
    if (raw == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String value : raw) {
      String trimmed = value.trim();
      if (trimmed.isEmpty()) {
        throw badValue(name, "must not be empty");
      }
      out.add(trimmed);
    }
    return out;
  }

  /** The parameter's only value, trimmed, or null when absent; empty is an error. */
  String text(String name) {
    String raw = single(name);
    if (raw == null) {
      return null;
    }
    if (raw.isBlank()) {
      throw badValue(name, "must not be empty");
    }
    return raw.trim();
  }

  /** An ISO date (2024-01-31) of the years 1 to 9999, or null when absent. */
  LocalDate date(String name) {
    String raw = text(name);
    if (raw == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw badValue(name, "expected an ISO date such as 2024-01-31, got '" + raw + "'");
    }
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw badValue(name, "the year must be within 1 to 9999, got '" + raw + "'");
    }
    return date;
  }

  /** The parameter's only value; a repeated single-valued parameter is an error. */
  private String single(String name) {
    String[] raw = params.getParams(name);
    if (raw == null || raw.length == 0) {
      return null;
    }
    if (raw.length > 1) {
      throw badValue(name, "given " + raw.length + " times, expected once");
    }
    return raw[0];
  }
}
