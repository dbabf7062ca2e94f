package org.casualtyclaims.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for the terminal: a header, a rule, rows; text columns left-aligned, number
 * columns right-aligned; a cell longer than {@link #MAX_CELL} characters is shortened with "...".
 */
final class TextTable {
  static final int MAX_CELL = 60;

  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /** Column names; a name starting with '>' is a right-aligned (numeric) column. */
  TextTable(String... columns) {
    headers = new ArrayList<>();
    numeric = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      numeric[i] = columns[i].startsWith(">");
      headers.add(numeric[i] ? columns[i].substring(1) : columns[i]);
    }
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      String text = cell == null ? "" : cell instanceof Long || cell instanceof Integer
          ? number(((Number) cell).longValue())
          : cell.toString();
      row.add(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 3) + "..." : text);
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The lines of the table, each indented by {@code indent}, without trailing spaces. */
  List<String> lines(String indent) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    List<String> out = new ArrayList<>();
    out.add(indent + format(headers, width));
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    out.add(indent + String.join("  ", rule));
    for (List<String> row : rows) {
      out.add(indent + format(row, width));
    }
    return out;
  }

  private String format(List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - cell.length());
      line.append(numeric[i] ? pad + cell : cell + pad);
    }
    return line.toString().stripTrailing();
  }

  /** 1234567 as {@code 1,234,567}. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
