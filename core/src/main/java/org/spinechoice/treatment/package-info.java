/**
 * Treatment as a clinic records it: the life of a course ({@link org.spinechoice.treatment.CourseStatus}), what was
 * given at each session ({@link org.spinechoice.treatment.SessionDetails}) and how bad an adverse event was.
 *
 * <p>Values check their own invariants; reading them from outside (with every error named by its field) belongs to
 * the application, which reports problems to people.
 */
package org.spinechoice.treatment;
