package org.casualtyclaims.engine;

/**
 * The names of the lexicon files, relative to the configset's {@code conf} folder. All live in
 * one directory ({@code claims/} by default) so that an operator can swap the whole set.
 */
public record LexiconFiles(String directory) {
  public static final String DEFAULT_DIRECTORY = "claims";

  public static LexiconFiles defaults() {
    return new LexiconFiles(DEFAULT_DIRECTORY);
  }

  public LexiconFiles {
    if (directory == null || directory.isBlank()) {
      throw new IllegalArgumentException("lexicon directory must not be empty");
    }
    directory = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
  }

  public String file(String name) {
    return directory + "/" + name;
  }
}
