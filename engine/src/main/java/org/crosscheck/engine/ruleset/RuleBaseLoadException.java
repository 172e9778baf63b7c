// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

/** A rule base or its metadata cannot be trusted: start-up must stop. */
public class RuleBaseLoadException extends RuntimeException {
  public RuleBaseLoadException(String message) {
    super(message);
  }

  public RuleBaseLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
