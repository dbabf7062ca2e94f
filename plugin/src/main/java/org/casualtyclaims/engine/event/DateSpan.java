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
 * @param since whether the text counts from a date of the calendar to the article's day ("since
 *     October 7", "since 2011"): a running total, not "since Monday"
 * @param period whether the text names a whole year ("in 2024") or a stretch of months
 *     ("between July and December"): a running total unless the sentence names one event ("died
 *     in 2016 when a truck crashed")
 * @param day whether the text names a day of the last week ("Thursday", "yesterday")
 * @param calendarDay whether the text names one day of the calendar ("on August 5", "3 March
 *     2024"), not counting from it
 */
record DateSpan(LocalDate first, LocalDate last, int start, int end, boolean since,
    boolean period, boolean day, boolean calendarDay) {}
