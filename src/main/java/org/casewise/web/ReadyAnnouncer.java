package org.casewise.web;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/** Tells the person who ran {@code ./casewise up} where to go, once search really works. */
@ApplicationScoped
public class ReadyAnnouncer {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncer.class);

    @Inject
    @Readiness
    SearchReadinessCheck readiness;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    private volatile boolean announced;

    @Scheduled(every = "2s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (announced) {
            return;
        }
        HealthCheckResponse response = readiness.call();
        if (response.getStatus() == HealthCheckResponse.Status.UP) {
            announced = true;
            Object count = response.getData().map(d -> d.get("reviewsSearchable")).orElse("?");
            LOG.infof("%nCasewise is ready: http://localhost:%d/  (%s reviews indexed)%n"
                    + "  search:   http://localhost:%d/api/v1/reviews?q=neglect%n"
                    + "  API docs: http://localhost:%d/q/swagger-ui%n", port, count, port, port);
        }
    }
}
