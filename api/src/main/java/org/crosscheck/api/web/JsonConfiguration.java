// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import org.crosscheck.engine.json.StrictStrings;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;

/**
 * Every JSON request body is read as strictly as a case: duplicate keys, trailing content, a number
 * where text is expected, the NUL character and unpaired surrogates are refused (400 naming the
 * field), as the case reader does.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

  /** Registered on Spring's mapper (a module bean is). */
  @Bean
  JacksonModule strictStrings() {
    return StrictStrings.module();
  }

  @Bean
  JsonMapperBuilderCustomizer strictReading() {
    return builder ->
        builder
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }
}
