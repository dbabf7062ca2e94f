package org.casualtyclaims.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.apache.solr.common.SolrException;

/**
 * A reader of JSON text that refuses, with a 400, input whose arrays and objects nest deeper than
 * a limit. It reads through once, as the parser reads, and keeps no text: O(1) memory and one
 * pass, whatever the input.
 *
 * <p>Why: Solr's JSON update loader and noggit's object builder read nested values recursively,
 * one Java stack frame or more per level, so a body of some thousand nested brackets overflows the
 * stack of the request thread ({@code StackOverflowError}); Solr then fails to write its error
 * response, and the client sees its connection broken instead of an answer. Cutting the input off
 * at a depth no article needs turns that into a clear 400 before the parser recurses that deep.
 *
 * <p>Brackets are counted outside strings and comments as noggit reads them (Solr's JSON is
 * lenient): double- and single-quoted strings with backslash escapes, {@code //} and {@code #} line
 * comments, {@code /* *}{@code /} block comments. Anything else is left to the parser, which
 * reports malformed JSON itself.
 */
final class JsonDepthLimit extends FilterReader {
  private final Depth depth;

  /**
   * @param maxDepth the deepest nesting allowed: 1 allows {@code [..]} of scalars, 2 an array of
   *     objects of scalars, and so on
   * @param what names the limit in the error message, e.g. {@code "maxJsonDepth of /update"}
   */
  JsonDepthLimit(Reader in, int maxDepth, String what) {
    super(in);
    this.depth = new Depth(maxDepth, what);
  }

  /**
   * The same limit on the bytes of a JSON body, for a reader of the content stream's bytes: JSON's
   * brackets, quotes, backslashes and comment marks are ASCII, and in UTF-8 (JSON's encoding) no
   * byte of a longer character is below 0x80, so counting on bytes counts what a parser reads.
   */
  static InputStream bytes(InputStream in, int maxDepth, String what) {
    Depth depth = new Depth(maxDepth, what);
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          depth.see((char) b);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
          depth.see((char) (buffer[offset + i] & 0xff));
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        // skipped bytes must be seen too: read them
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
          int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
          if (r < 0) {
            break;
          }
          skipped += r;
        }
        return skipped;
      }

      @Override
      public boolean markSupported() {
        return false; // a reset would count bytes twice
      }

      @Override
      public synchronized void reset() throws IOException {
        throw new IOException("reset() not supported");
      }
    };
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      depth.see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      depth.see(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped characters must be seen too: read them
    char[] scratch = new char[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would count characters twice
  }

  @Override
  public void mark(int readAheadLimit) throws IOException {
    throw new IOException("mark() not supported");
  }

  @Override
  public void reset() throws IOException {
    throw new IOException("reset() not supported");
  }

  /** The nesting seen so far, outside strings and comments. */
  private static final class Depth {
    private enum State {
      CODE,
      DOUBLE_QUOTED,
      SINGLE_QUOTED,
      ESCAPE_DOUBLE,
      ESCAPE_SINGLE,
      SLASH,
      LINE_COMMENT,
      BLOCK_COMMENT,
      BLOCK_COMMENT_STAR
    }

    private final int maxDepth;
    private final String what;
    private State state = State.CODE;
    private int depth;

    Depth(int maxDepth, String what) {
      this.maxDepth = maxDepth;
      this.what = what;
    }

    private void see(char c) {
      switch (state) {
        case CODE -> code(c);
        case DOUBLE_QUOTED -> {
          if (c == '\\') {
            state = State.ESCAPE_DOUBLE;
          } else if (c == '"') {
            state = State.CODE;
          }
        }
        case SINGLE_QUOTED -> {
          if (c == '\\') {
            state = State.ESCAPE_SINGLE;
          } else if (c == '\'') {
            state = State.CODE;
          }
        }
        case ESCAPE_DOUBLE -> state = State.DOUBLE_QUOTED;
        case ESCAPE_SINGLE -> state = State.SINGLE_QUOTED;
        case SLASH -> {
          if (c == '/') {
            state = State.LINE_COMMENT;
          } else if (c == '*') {
            state = State.BLOCK_COMMENT;
          } else {
            state = State.CODE;
            code(c);
          }
        }
        case LINE_COMMENT -> {
          if (c == '\n' || c == '\r') {
            state = State.CODE;
          }
        }
        case BLOCK_COMMENT -> {
          if (c == '*') {
            state = State.BLOCK_COMMENT_STAR;
          }
        }
        case BLOCK_COMMENT_STAR -> {
          if (c == '/') {
            state = State.CODE;
          } else if (c != '*') {
            state = State.BLOCK_COMMENT;
          }
        }
      }
    }

    private void code(char c) {
      switch (c) {
        case '[', '{' -> {
          if (++depth > maxDepth) {
            throw new SolrException(
                BAD_REQUEST,
                "JSON nested more than " + maxDepth + " levels deep (" + what + "): refused, as"
                    + " Solr's JSON parser reads each level on the stack of the request thread");
          }
        }
        case ']', '}' -> depth = Math.max(0, depth - 1);
        case '"' -> state = State.DOUBLE_QUOTED;
        case '\'' -> state = State.SINGLE_QUOTED;
        case '/' -> state = State.SLASH;
        case '#' -> state = State.LINE_COMMENT;
        default -> {}
      }
    }
  }
}
