package com.lstmexplorer.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} on Tomcat's host in place of its HTML error report, so that every error
 * body Spring MVC does not write itself is problem+json. Spring Boot's {@code /error} page is switched off
 * ({@code spring.autoconfigure.exclude} in application.properties): a {@code sendError} goes straight to
 * the valve, with no second error dispatch through the filters.
 */
@Component
class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Context customizers run after the context joined its host and before the host starts.
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            if (!ProblemReportValve.class.getName().equals(host.getErrorReportValveClass())) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            }
        });
    }
}
