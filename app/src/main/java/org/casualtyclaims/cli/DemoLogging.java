package org.casualtyclaims.cli;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.RegexFilter;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The demo's Solr log: everything from INFO up goes to a file under the demo's Solr home, while
 * the console keeps only warnings and errors (log4j2.xml), so the demo's own output stays
 * readable. Two warnings that do not apply to the demo stay in the file only: Solr's advice to
 * configure security (the demo listens on 127.0.0.1 only) and a Jersey notice, through
 * java.util.logging, about an optional provider Solr does not use.
 */
final class DemoLogging implements AutoCloseable {
  private static final String APPENDER = "claims-demo-file";
  private static final String SECURITY_ADVICE = ".*Not all security plugins configured.*";
  /** Held so that java.util.logging keeps the level (it holds its loggers weakly). */
  private static final java.util.logging.Logger JERSEY =
      java.util.logging.Logger.getLogger("org.glassfish.jersey");

  private final LoggerContext context;
  private final FileAppender file;
  private final Level rootLevel;
  private final Appender console;
  private final java.util.logging.Level jerseyLevel;

  private DemoLogging(
      LoggerContext context,
      FileAppender file,
      Level rootLevel,
      Appender console,
      java.util.logging.Level jerseyLevel) {
    this.context = context;
    this.file = file;
    this.rootLevel = rootLevel;
    this.console = console;
    this.jerseyLevel = jerseyLevel;
  }

  /** Starts writing the log to {@code logFile}; {@link #close()} stops it. */
  static DemoLogging toFile(Path logFile) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    FileAppender file =
        FileAppender.newBuilder()
            .setName(APPENDER)
            .withFileName(logFile.toString())
            .withAppend(true)
            .setLayout(
                PatternLayout.newBuilder()
                    .withConfiguration(config)
                    .withPattern("%d{ISO8601} %-5level (%t) %c{1.} %msg%n%throwable")
                    .build())
            .setConfiguration(config)
            .build();
    file.start();
    config.addAppender(file);
    LoggerConfig root = config.getRootLogger();
    Level rootLevel = root.getLevel();
    Appender console = root.getAppenders().get("console");
    if (console != null) {
      root.removeAppender("console");
      root.addAppender(console, Level.WARN, securityAdviceFilter());
    }
    root.addAppender(file, Level.INFO, null);
    root.setLevel(Level.INFO);
    context.updateLoggers();
    java.util.logging.Level jerseyLevel = JERSEY.getLevel();
    JERSEY.setLevel(java.util.logging.Level.SEVERE);
    return new DemoLogging(context, file, rootLevel, console, jerseyLevel);
  }

  private static Filter securityAdviceFilter() {
    try {
      return RegexFilter.createFilter(
          SECURITY_ADVICE, null, false, Filter.Result.DENY, Filter.Result.NEUTRAL);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Back to the console alone; the log file is closed. */
  @Override
  public void close() {
    Configuration config = context.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    root.removeAppender(APPENDER);
    if (console != null) {
      root.removeAppender("console");
      root.addAppender(console, null, null);
    }
    root.setLevel(rootLevel);
    context.updateLoggers();
    file.stop();
    JERSEY.setLevel(jerseyLevel);
  }
}
