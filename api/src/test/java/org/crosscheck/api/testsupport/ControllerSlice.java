// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.api.cdshooks.CdsHooksProperties;
import org.crosscheck.api.security.SecurityConfiguration;
import org.crosscheck.api.web.JsonConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @WebMvcTest} slice of the service: the given controllers with the error mapping, the
 * request filters, the strict JSON reading and the real security rules (dev mode's users, {@code
 * Http.PASSWORD}), without a database; the test mocks the services the controllers call.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({SecurityConfiguration.class, JsonConfiguration.class})
@EnableConfigurationProperties({CrosscheckProperties.class, CdsHooksProperties.class})
public @interface ControllerSlice {

  /** The controllers under test. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value();
}
