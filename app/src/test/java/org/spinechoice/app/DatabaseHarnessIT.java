package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The app starts, migrates and reports its health on both supported databases. */
class DatabaseHarnessIT {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void healthIsUpWhenTheDatabaseAnswers(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            HttpResponse<String> response = app.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrationsRanAtStartUp(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            int historyTables = app.running()
                    .database()
                    .jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'flyway_schema_history'")
                            .mapTo(Integer.class)
                            .one());

            assertThat(historyTables).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void healthIsDownWhenTheDatabaseStopsAnswering(DatabaseKind database) {
        try (TestApp app = TestApp.start(database)) {
            app.running().database().close();

            HttpResponse<String> response = app.get("/health");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\"}");
        }
    }
}
