package io.github.tsunagari.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service that checks the grant data it receives (交付金データの検査): POST a grant program as JSON, or grants as
 * JSON Lines or CSV, and it answers with the report, or with a problem detail that lists every finding. The same
 * sources run on Spring Boot 4 ({@code examples/service}) and 3.5 ({@code examples/service-boot3}).
 */
@SpringBootApplication
public class GrantDataService {
  /**
   * Starts the service on port 8080 (or {@code --server.port=…}).
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(GrantDataService.class, args);
  }
}
