package org.spinechoice.app;

/** The databases every persistence and start-up test runs against. */
public enum DatabaseKind {
    H2,
    POSTGRESQL
}
