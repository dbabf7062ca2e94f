package org.casualtyclaims.engine;

/** A lexicon file is missing or malformed; the message names the file and, where known, the line. */
public class LexiconException extends RuntimeException {
  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
