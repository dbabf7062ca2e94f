package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code bin/claims bench NAME [OPTIONS]}: runs one of the benchmarks. */
final class BenchCommand {
  static final String USAGE =
      String.join(
          "\n",
          "usage: bin/claims bench facets [--docs N] [--rounds N] [--warmup N] [--seed N] [--conf DIR]",
          "  facets   median latency of claims.facet against the same hand-written json.facet");

  private BenchCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    List<String> rest = args.subList(1, args.size());
    switch (args.get(0)) {
      case "facets":
        return FacetsBench.run(rest, out, err);
      default:
        err.println("claims bench: unknown benchmark '" + args.get(0) + "'");
        err.println(USAGE);
        return 2;
    }
  }
}
