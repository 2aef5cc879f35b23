package org.pathways.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reference agency service: the life of a plan over HTTP, on the Pathways store. Starts on an
 * embedded PostgreSQL unless {@code spring.datasource.url} names an external one (see {@code
 * docs/service.md}).
 */
@SpringBootApplication
public class AgencyService {
    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(AgencyService.class, args);
    }
}
