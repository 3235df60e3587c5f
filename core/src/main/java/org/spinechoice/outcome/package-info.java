/**
 * What happened to a clinic's patients, in figures a clinician can trust: responder rates with Wilson intervals, mean
 * change with t-based intervals, Kaplan–Meier time to first response with Greenwood intervals, and the check of a
 * claimed figure against the clinic's own measure of the same thing.
 *
 * <p>The flow: {@link org.spinechoice.outcome.CourseOutcomes} reduces one course's responses to one instrument to a
 * {@link org.spinechoice.outcome.CourseOutcome} (its baseline, a follow-up per time point, when it first responded);
 * {@link org.spinechoice.outcome.OutcomeAnalysis} turns the course outcomes of one group (an option, filtered by the
 * caller) into a {@link org.spinechoice.outcome.GroupOutcome}; {@link org.spinechoice.outcome.ClaimCheck} sets a
 * claim beside the same course outcomes. Distributions come from Apache Commons Statistics, never written here.
 * Groups with fewer followed-up patients than the threshold are "too few to say": no rate, interval or mean is given.
 */
package org.spinechoice.outcome;
