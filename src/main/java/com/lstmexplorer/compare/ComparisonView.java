package com.lstmexplorer.compare;

import java.time.Instant;
import java.util.List;

/**
 * A comparison as {@code GET /api/comparisons/{id}} shows it: {@code saved} false while it is a live one (its
 * members' runs), true once saved (their snapshots, and their progress as it was then). {@code url} is the page
 * that reopens it; {@code mine} whether the caller started it (live) or is one of its savers (saved).
 */
record ComparisonView(String id, boolean saved, String task, ComparisonConfig config, List<MemberView> members,
                      Instant createdAt, boolean mine, String url) {
    static String pageOf(String id) {
        return "/compare?id=" + id;
    }
}
