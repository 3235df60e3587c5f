package org.spinechoice.app.access;

/**
 * Who is making a request to the clinic workspace: a member of a clinic's staff, signed in or holding an API token,
 * or a patient holding their personal questionnaire link. Both belong to exactly one clinic.
 */
public sealed interface Principal permits StaffMember, PatientLinkHolder {

    String clinicId();

    /** How the audit log names this principal: an id, never a name or an email. */
    String auditName();
}
