package org.casualtyclaims.engine.place.mentions;

import java.util.ArrayList;
import java.util.List;
import org.casualtyclaims.engine.place.lexicon.Gazetteer;
import org.casualtyclaims.engine.place.lexicon.SentenceWords;

/**
 * The scanner's places of a sentence as their construction reads them: each corrected or taken
 * back ({@link MisreadPlaces}), settled in the country its wording says ({@link
 * OwningCountries}), and the places the gazetteer lacks added ({@link UnlistedPlaces}).
 */
final class CorrectedPlaces {
  private final MisreadPlaces misread;
  private final OwningCountries countries;
  private final UnlistedPlaces unlisted;

  CorrectedPlaces(Gazetteer gazetteer) {
    this.misread = new MisreadPlaces(gazetteer);
    this.countries = new OwningCountries(gazetteer);
    this.unlisted = new UnlistedPlaces(misread);
  }

  /** {@code found}, the scanner's places of {@code text} in order, corrected and completed. */
  List<PlaceMention> complete(String text, SentenceWords ws, List<PlaceMention> found) {
    List<PlaceMention> out = null; // copied only when something changes
    for (int i = 0; i < found.size(); i++) {
      PlaceMention m = found.get(i);
      PlaceMention fixed = misread.correct(text, ws, OwningCountries.demonymSaid(ws, m));
      if (fixed != null) {
        fixed = countries.settle(text, ws, i > 0 ? found.get(i - 1) : null, m, fixed,
            i + 1 < found.size() ? found.get(i + 1) : null);
      }
      if (fixed != m && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      }
      if (out != null && fixed != null) {
        out.add(fixed);
      }
    }
    return unlisted.add(text, ws, out == null ? found : out);
  }
}
