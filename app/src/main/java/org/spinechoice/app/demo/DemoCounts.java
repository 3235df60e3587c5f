package org.spinechoice.app.demo;

/** How many records of each kind a demo load wrote. */
public record DemoCounts(long patients, long courses, long sessions, long adverseEvents, long responses) {

    static final DemoCounts NONE = new DemoCounts(0, 0, 0, 0, 0);

    DemoCounts plus(DemoPatient patient) {
        return new DemoCounts(
                patients + 1,
                courses + 1,
                sessions + patient.sessions().size(),
                adverseEvents + patient.adverseEvents().size(),
                responses + patient.responses().size());
    }
}
