package org.casewise.testing;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs the annotated tests only when a PostgreSQL server answers; says so clearly when it does not. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfPostgres.Condition.class)
public @interface EnabledIfPostgres {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(PostgresProfile.HOST, PostgresProfile.PORT), 1000);
                return ConditionEvaluationResult.enabled("PostgreSQL answers on " + PostgresProfile.HOST + ":" + PostgresProfile.PORT);
            } catch (IOException e) {
                String message = "SKIPPED: no PostgreSQL server answers on " + PostgresProfile.HOST + ":" + PostgresProfile.PORT
                        + " (" + e.getMessage() + "); the production-profile tests did not run";
                System.err.println(message);
                return ConditionEvaluationResult.disabled(message);
            }
        }
    }
}
