// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The clinicians' pages at short addresses: the reviewer's workbench at /review, the requester's
 * page at /requests.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/review").setViewName("forward:/review.html");
    registry.addViewController("/requests").setViewName("forward:/requests.html");
  }
}
