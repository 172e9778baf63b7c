// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** A requester or facility (`request.requester`, `request.facility`). */
public record Party(String id, String name) {}
