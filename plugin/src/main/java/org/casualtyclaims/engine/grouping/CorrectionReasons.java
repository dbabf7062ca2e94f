package org.casualtyclaims.engine.grouping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtyclaims.engine.LexiconFile;
import org.casualtyclaims.engine.LexiconFiles;
import org.casualtyclaims.engine.ResourceOpener;

/**
 * The confidence reasons the engine writes for a corrected, revised or retracted figure: the
 * reason column of the {@code correction} rows of {@value #FILE}. A claim carrying one of them is
 * marked {@code corrected} in a toll timeline.
 */
public final class CorrectionReasons {
  public static final String FILE = "confidence-cues.tsv";
  private static final String CORRECTION = "correction";

  private final Set<String> reasons;

  CorrectionReasons(Set<String> reasons) {
    this.reasons = Set.copyOf(reasons);
  }

  public static CorrectionReasons load(ResourceOpener opener, LexiconFiles files) {
    Set<String> reasons = new HashSet<>();
    // the engine's lexicons validate the file; only its correction rows matter here
    for (LexiconFile.Row row : LexiconFile.read(opener, files.file(FILE), 3, 4)) {
      if (row.lower(1).equals(CORRECTION)) {
        reasons.add(row.column(2));
      }
    }
    return new CorrectionReasons(reasons);
  }

  /** True when a claim with these confidence reasons gives a corrected or retracted figure. */
  public boolean corrected(List<String> claimReasons) {
    for (String reason : claimReasons) {
      if (reasons.contains(reason)) {
        return true;
      }
    }
    return false;
  }
}
