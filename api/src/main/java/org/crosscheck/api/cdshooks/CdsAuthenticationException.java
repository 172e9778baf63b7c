// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

/** A CDS client's JWT is missing or not acceptable: answered 401 with the reason. */
final class CdsAuthenticationException extends RuntimeException {
  CdsAuthenticationException(String message) {
    super(message);
  }
}
