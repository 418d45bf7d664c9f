package org.casewise.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production profile's database: PostgreSQL, in a schema of its own that Flyway cleans and
 * migrates at start. The JDBC kind is a build-time setting, so Quarkus re-builds the application
 * for this profile, exactly as the production build does.
 */
public class PostgresProfile implements QuarkusTestProfile {

    public static final String HOST = System.getProperty("cwtest.pg.host", "127.0.0.1");
    public static final int PORT = Integer.getInteger("cwtest.pg.port", 5432);
    public static final String SCHEMA = "casewise_test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/test?currentSchema=" + SCHEMA,
                "quarkus.datasource.username", System.getProperty("cwtest.pg.user", "postgres"),
                "quarkus.datasource.password", System.getProperty("cwtest.pg.password", ""),
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.hibernate-orm.database.default-schema", SCHEMA);
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
