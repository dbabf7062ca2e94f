package org.casualtyclaims.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a lexicon file by its name relative to the configset's {@code conf} folder. Solr passes
 * its resource loader; the command line and tests pass a folder.
 */
@FunctionalInterface
public interface ResourceOpener {
  InputStream open(String name) throws IOException;

  /** Opens files under {@code confDir}, refusing names that climb out of it. */
  static ResourceOpener folder(Path confDir) {
    Path root = confDir.toAbsolutePath().normalize();
    return name -> {
      Path file = root.resolve(name).normalize();
      if (!file.startsWith(root)) {
        throw new IOException("'" + name + "' is outside the configset folder " + root);
      }
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, "no such lexicon file");
      }
      return Files.newInputStream(file);
    };
  }
}
