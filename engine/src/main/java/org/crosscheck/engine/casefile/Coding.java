// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** A code with its system (`request.codes[]`), e.g. CPT {@code http://www.ama-assn.org/go/cpt}. */
public record Coding(String system, String code, String display) {}
