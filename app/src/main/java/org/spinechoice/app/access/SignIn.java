package org.spinechoice.app.access;

/** The outcome of a sign-in attempt. */
public sealed interface SignIn {

    /** Signed in: a new session whose id goes into the cookie (and nowhere else). */
    record SignedIn(String sessionId, StaffSession session) implements SignIn {}

    /**
     * Refused, for a reason deliberately vague to the person signing in: a wrong email, a wrong password and a
     * locked account read the same, so the form does not reveal which accounts exist.
     */
    record Refused() implements SignIn {}
}
