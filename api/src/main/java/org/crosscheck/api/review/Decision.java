// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

/**
 * The second reviewer's decision. CONCUR: agrees with the requested procedure. OVERTURN: does not, and names the
 * alternative recommended. REQUEST_INFO: more documentation is needed (the review reopens when the case is updated).
 */
public enum Decision {
  CONCUR,
  OVERTURN,
  REQUEST_INFO
}
