// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Crosscheck service: screening API, review queue, rule sets. See api/README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrosscheckApiApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrosscheckApiApplication.class, args);
  }
}
