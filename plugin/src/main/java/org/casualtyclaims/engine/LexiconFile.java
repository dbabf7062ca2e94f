package org.casualtyclaims.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one tab-separated lexicon file: UTF-8, one entry a line, {@code #} starts a comment line,
 * blank lines are ignored. Every error names the file and line.
 */
public final class LexiconFile {
  /** One non-comment line, split on tabs. */
  public record Row(String file, int line, String[] columns) {
    public String column(int i) {
      return columns[i];
    }

    /** The column lower-cased with {@link Locale#ROOT}. */
    public String lower(int i) {
      return columns[i].toLowerCase(Locale.ROOT);
    }

    public LexiconException error(String message) {
      return new LexiconException(file + " line " + line + ": " + message);
    }
  }

  private LexiconFile() {}

  /**
   * Reads {@code name}, requiring between {@code minColumns} and {@code maxColumns} non-empty
   * columns on every line.
   */
  public static List<Row> read(ResourceOpener opener, String name, int minColumns, int maxColumns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = opener.open(name);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] columns = trimmed.split("\t");
        for (int i = 0; i < columns.length; i++) {
          columns[i] = columns[i].strip();
          if (columns[i].isEmpty()) {
            throw new LexiconException(name + " line " + line + ": empty column " + (i + 1));
          }
        }
        if (columns.length < minColumns || columns.length > maxColumns) {
          throw new LexiconException(
              name
                  + " line "
                  + line
                  + ": expected "
                  + (minColumns == maxColumns
                      ? String.valueOf(minColumns)
                      : minColumns + " to " + maxColumns)
                  + " tab-separated columns, found "
                  + columns.length);
        }
        rows.add(new Row(name, line, columns));
      }
    } catch (CharacterCodingException e) {
      throw new LexiconException(name + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new LexiconException("cannot read lexicon file " + name + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
