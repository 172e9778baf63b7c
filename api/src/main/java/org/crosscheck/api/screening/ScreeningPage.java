// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.util.List;

/** A page of screenings. */
record ScreeningPage(List<ScreeningListItem> items, int page, int size, long total) {}
