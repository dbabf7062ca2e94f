package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code bin/claims bench SUB-COMMAND [OPTIONS]}: the benchmarks, one sub-command each. */
final class BenchCommand {
  static final String USAGE =
      String.join(
          "\n",
          "usage: bin/claims bench SUB-COMMAND [OPTIONS]",
          "",
          "sub-commands:",
          "  extract   extraction throughput (MB/s) beside Lucene's StandardTokenizer on the same text",
          "            " + ExtractBench.USAGE,
          "  facets    median latency of claims.facet beside the same hand-written json.facet",
          "            [--docs N] [--rounds N] [--warmup N] [--seed N] [--conf DIR]",
          "  index     indexing throughput with the claims processor tagging and switched off",
          "            [--mix conflict|newsroom|dense] [--docs N] [--rounds N] [--warmup N]"
              + " [--batch N] [--seed N] [--conf DIR] [--samples DIR] [--gold FILE]");

  private BenchCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      (args.isEmpty() ? err : out).println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String sub = args.get(0).toLowerCase(Locale.ROOT);
    List<String> rest = args.subList(1, args.size());
    switch (sub) {
      case "extract":
        return ExtractBench.run(rest, out, err);
      case "facets":
        return FacetsBench.run(rest, out, err);
      case "index":
        return IndexBench.run(rest, out, err);
      default:
        err.println("claims bench: unknown sub-command '" + args.get(0) + "'");
        err.println(USAGE);
        return 2;
    }
  }
}
