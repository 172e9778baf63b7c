// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many splits the Spark job asks of an input file: a block each at most, a multiple of the
 * cores.
 */
class SplitsTest {

  private static final long MB = 1024 * 1024;

  @ParameterizedTest
  @CsvSource({
    // length in MB, block in MB, cores, splits
    "607, 32, 2, 20", // 19 blocks: one more split, so that the last round is a pair
    "640, 32, 2, 20", // 20 blocks exactly
    "64, 32, 2, 2",
    "65, 32, 2, 4",
    "1, 32, 2, 2", // a small file: one split a core
    "0, 32, 4, 4",
    "607, 32, 1, 19",
    "607, 128, 8, 8"
  })
  void aBlockEachAtMostAndAMultipleOfTheCores(long length, long block, int cores, int splits) {
    assertThat(SparkAudit.splits(length * MB, block * MB, cores)).isEqualTo(splits);
  }
}
