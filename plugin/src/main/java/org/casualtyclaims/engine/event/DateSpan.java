package org.casualtyclaims.engine.event;

import java.time.LocalDate;

/**
 * A date or range of dates the text gives, where it stands in its sentence.
 *
 * @param first the day, or the first day of a range; null when the text names a day that cannot
 *     be placed without the article's date
 * @param last the last day of a range, else null
 * @param start offset of the date's words in the sentence
 * @param end offset just past them
 * @param period whether the text counts over a long span ("since October 7", "in 2024", "last
 *     month") rather than one day or a few
 */
record DateSpan(LocalDate first, LocalDate last, int start, int end, boolean period) {}
