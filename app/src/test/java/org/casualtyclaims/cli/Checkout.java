package org.casualtyclaims.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the command-line tests share: the checkout they run in, and captured output. */
final class Checkout {
  private Checkout() {}

  /** The project's root: the nearest folder up from here with solr-config/conf and sample-docs. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.isDirectory(dir.resolve("solr-config/conf"))
            && Files.isDirectory(dir.resolve("sample-docs")))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the project's checkout: " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static Path conf() {
    return root().resolve("solr-config").resolve("conf");
  }

  /** A print stream that keeps what is written to it, as UTF-8 text. */
  static final class Capture {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
