// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.io.Closeable;
import java.io.IOException;

/** Streams the records of one input, one at a time: nothing is loaded whole. */
public interface RecordReader extends Closeable {

  /** The next record, or null at the end of the input. */
  InputRecord next() throws IOException;

  /** Bytes of the (possibly compressed) file consumed so far, for progress. */
  long bytesRead();
}
