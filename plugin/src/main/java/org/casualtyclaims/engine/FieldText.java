package org.casualtyclaims.engine;

/**
 * One named text field of a document, in the order the extractor should read them. A headline
 * field (the title) is read as a headline throughout: figures it repeats from the body are the
 * same claims.
 */
public record FieldText(String name, String text, boolean headline) {
  public FieldText(String name, String text) {
    this(name, text, false);
  }
}
