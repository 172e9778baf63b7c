// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import org.crosscheck.engine.evaluation.Evaluator;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Evaluator.class.getPackage().getImplementationVersion();
    return new String[] {"crosscheck " + (version == null ? "0.1.0" : version)};
  }
}
