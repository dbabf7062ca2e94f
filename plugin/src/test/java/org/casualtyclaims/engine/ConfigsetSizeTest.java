package org.casualtyclaims.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ZooKeeper refuses a configset file over 1 MB (jute.maxbuffer): every file stays below. */
class ConfigsetSizeTest {
  private static final long ZOOKEEPER_LIMIT = 1024 * 1024;

  @Test
  void everyConfigsetFileIsUnderOneMegabyte() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Fixtures.conf())) {
      files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    assertTrue(files.size() > 10, "the configset's files: " + files);
    for (Path f : files) {
      long size = Files.size(f);
      assertTrue(size < ZOOKEEPER_LIMIT, f + " is " + size + " bytes");
    }
  }
}
