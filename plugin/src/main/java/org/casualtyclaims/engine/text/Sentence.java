package org.casualtyclaims.engine.text;

/**
 * A sentence of one field: character offsets into the field's text, the paragraph it belongs to
 * (counted across the whole document), whether it is a headline, and whether it opens inside a
 * quotation that an earlier sentence began.
 */
public record Sentence(
    String field,
    String fieldText,
    int start,
    int end,
    int paragraph,
    boolean headline,
    boolean startsInQuote) {

  public String text() {
    return fieldText.substring(start, end);
  }
}
