package io.muyield.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot web application; started by the {@code serve} and {@code demo} commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MuyieldWebApplication {
}
