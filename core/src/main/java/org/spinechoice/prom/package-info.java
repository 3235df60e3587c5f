/**
 * Patient-reported outcome measures: the instruments, their item ids and allowed answers, and their scoring exactly
 * as {@code spec/proms.md} states it.
 *
 * <p>Read answers from outside with {@link org.spinechoice.prom.AnswerReader}, then score them with
 * {@link org.spinechoice.prom.PromScoring}. A questionnaire with too many unanswered items is a normal outcome, so it
 * is returned as {@link org.spinechoice.prom.PromScore.Incomplete}, never thrown. Scoring never depends on item
 * wording, which belongs to the instruments' owners.
 *
 * <p>{@link org.spinechoice.prom.TimepointPlacement} places a response at a time point of a course from its date, and
 * {@link org.spinechoice.prom.CourseBaseline} chooses the response a course's follow-ups are compared with;
 * {@link org.spinechoice.prom.ResponderRule} says how far they must improve on it to count as a response.
 */
package org.spinechoice.prom;
