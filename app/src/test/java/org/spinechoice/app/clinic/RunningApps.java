package org.spinechoice.app.clinic;

import java.util.EnumMap;
import java.util.Map;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/**
 * One started app per database for a test class of the clinic records: starting is slow, and each test keeps to
 * clinics of its own, so tests share the app but never data. The class stops them in {@code @AfterAll}.
 */
final class RunningApps {

    private static final Map<DatabaseKind, TestApp> APPS = new EnumMap<>(DatabaseKind.class);

    private RunningApps() {}

    static synchronized TestApp on(DatabaseKind database) {
        return APPS.computeIfAbsent(database, TestApp::start);
    }

    static synchronized void stopAll() {
        APPS.values().forEach(TestApp::close);
        APPS.clear();
    }
}
