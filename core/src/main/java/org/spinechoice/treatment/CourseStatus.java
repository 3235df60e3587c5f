package org.spinechoice.treatment;

import java.util.Set;
import org.spinechoice.vocabulary.Coded;

/**
 * Where a treatment course stands. A course is planned, then active, and ends completed or stopped; it may also be
 * stopped before it starts. An ended course stays ended: a course taken up again is a new course, so that outcomes
 * are counted from the start of the treatment actually given.
 */
public enum CourseStatus implements Coded {
    PLANNED("planned"),
    ACTIVE("active"),
    COMPLETED("completed"),
    STOPPED("stopped");

    private final String id;

    CourseStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether the course has ended, completed or stopped; an ended course never changes status again. */
    public boolean isFinal() {
        return this == COMPLETED || this == STOPPED;
    }

    /** The statuses this one may change to; staying as it is is not a change and is always allowed. */
    public Set<CourseStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(ACTIVE, STOPPED);
            case ACTIVE -> Set.of(COMPLETED, STOPPED);
            case COMPLETED, STOPPED -> Set.of();
        };
    }

    /** Whether a course with this status may take {@code status}. */
    public boolean mayBecome(CourseStatus status) {
        return status == this || next().contains(status);
    }
}
