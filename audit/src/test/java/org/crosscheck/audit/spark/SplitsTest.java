// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the Spark job splits an input file: a multiple of the cores, of 128 MB or more where the file
 * system's blocks are smaller, within a block where they are not.
 */
class SplitsTest {

  private static final long MB = 1024 * 1024;

  @ParameterizedTest
  @CsvSource({
    // length in MB, block in MB, cores, splits, minimum split in MB (0: none, a block at most)
    "607, 32, 2, 6, 102", // the local file system's 32 MB blocks: 5 x 128 MB, one more for a pair
    "640, 32, 2, 6, 107",
    "640, 128, 2, 6, 0", // HDFS's blocks: within a block
    "256, 32, 2, 2, 128",
    "257, 32, 2, 4, 65",
    "64, 32, 2, 2, 0", // a split a core, a block each
    "65, 32, 2, 2, 33",
    "1, 32, 2, 2, 0", // a small file: one split a core
    "0, 32, 4, 4, 0",
    "607, 32, 1, 5, 122",
    "607, 128, 8, 8, 0",
    "10240, 256, 4, 40, 0"
  })
  void aMultipleOfTheCoresOf128MbOrABlock(
      long length, long block, int cores, int count, long minMb) {
    SparkAudit.Splits splits = SparkAudit.Splits.of(length * MB, block * MB, cores);
    assertThat(splits.count()).isEqualTo(count);
    assertThat((splits.minBytes() + MB - 1) / MB).isEqualTo(minMb);
  }
}
