package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/** Entry point of {@code bin/claims}: dispatches to one sub-command. */
public final class Main {

  private static final String USAGE =
      String.join(
          "\n",
          "usage: bin/claims COMMAND [ARGS]",
          "",
          "commands:",
          "  extract [FILE...]   read JSON Lines documents, write their casualty claims as JSON Lines",
          "                      --conf DIR  the configset folder (default: the project's solr-config/conf)",
          DemoCommand.HELP,
          IndexCommand.HELP,
          "  bench extract       benchmark: extraction throughput beside Lucene's StandardTokenizer",
          "  bench facets        benchmark: claims.facet beside the same hand-written json.facet",
          "  bench index         benchmark: indexing throughput with tagging on, prebuilt and off",
          "  bench SUB --help    the options of a benchmark",
          "  help                this text");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String command = args[0].toLowerCase(Locale.ROOT);
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (command) {
        case "extract":
          return ExtractCommand.run(Arrays.asList(rest), System.in, out, err);
        case "demo":
          return DemoCommand.run(Arrays.asList(rest), out, err);
        case "index":
          return IndexCommand.run(Arrays.asList(rest), out, err);
        case "bench":
          return BenchCommand.run(Arrays.asList(rest), out, err);
        default:
          err.println("claims: unknown command '" + args[0] + "'");
          err.println(USAGE);
          return 2;
      }
    } catch (IOException e) {
      err.println("claims " + command + ": " + e.getMessage());
      return 1;
    }
  }
}
