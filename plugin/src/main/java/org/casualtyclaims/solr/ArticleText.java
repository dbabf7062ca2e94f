package org.casualtyclaims.solr;

import java.nio.ByteBuffer;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.casualtyclaims.engine.FieldText;

/**
 * Turns a document's source fields into the engine's {@link FieldText}s. Strings are read as
 * they are; numbers, booleans and dates as their usual text; the values of a multi-valued field
 * are read as paragraphs. A value with no text form (a nested document, binary data, a map) makes
 * the document unreadable: {@link UnreadableFieldException}, handled by the error policy.
 */
final class ArticleText {
  /** Separates the values of a multi-valued field, as paragraphs. */
  static final String PARAGRAPH = "\n\n";

  private ArticleText() {}

  /** A source field holds a value with no text form. */
  static final class UnreadableFieldException extends IllegalArgumentException {
    UnreadableFieldException(String message) {
      super(message);
    }
  }

  /** The title (as headline) and body fields of {@code doc}, in order; absent fields are null. */
  static List<FieldText> read(SolrInputDocument doc, ClaimsSettings settings) {
    List<FieldText> fields = new ArrayList<>(settings.bodyFields().size() + 1);
    fields.add(new FieldText(settings.titleField(), text(doc, settings.titleField()), true));
    for (String body : settings.bodyFields()) {
      fields.add(new FieldText(body, text(doc, body), false));
    }
    return fields;
  }

  /** The text of one field, or null when the document lacks it. */
  static String text(SolrInputDocument doc, String field) {
    SolrInputField f = doc.getField(field);
    if (f == null || f.getValue() == null) {
      return null;
    }
    Collection<Object> values = f.getValues();
    StringBuilder text = new StringBuilder();
    for (Object value : values) {
      String t = valueText(field, value);
      if (t == null || t.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(PARAGRAPH);
      }
      text.append(t);
    }
    return text.toString();
  }

  private static String valueText(String field, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof Date d) {
      return d.toInstant().toString();
    }
    if (value instanceof TemporalAccessor t) {
      return t.toString();
    }
    if (value instanceof SolrInputDocument) {
      throw new UnreadableFieldException("field '" + field + "' holds a nested document, not text");
    }
    if (value instanceof byte[] || value instanceof ByteBuffer) {
      throw new UnreadableFieldException("field '" + field + "' holds binary data, not text");
    }
    if (value instanceof Map) {
      throw new UnreadableFieldException("field '" + field + "' holds a map, not text");
    }
    throw new UnreadableFieldException(
        "field '" + field + "' holds a " + value.getClass().getSimpleName() + ", not text");
  }
}
