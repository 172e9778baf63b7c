// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/order-sign-card}: a case in (format v1), the CDS Hooks card the order-sign
 * service would return for that order out, made by the same code as the service's cards ({@link
 * OrderCards}). Nothing is stored: the self-check page shows what the EHR would show. Signed-in
 * users (the API's roles), not EHR clients.
 */
@RestController
class OrderCardController {

  private final CdsHookService hooks;
  private final CdsHooksProperties properties;

  OrderCardController(CdsHookService hooks, CdsHooksProperties properties) {
    this.hooks = hooks;
    this.properties = properties;
  }

  @PostMapping(
      path = "/api/v1/order-sign-card",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  CdsResponse.Card card(@RequestBody byte[] body, HttpServletRequest http) {
    return hooks.orderSignCard(body, CdsHooksController.selfCheckUrl(properties, http));
  }
}
