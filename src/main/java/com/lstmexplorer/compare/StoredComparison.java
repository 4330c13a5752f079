package com.lstmexplorer.compare;

import java.time.Instant;
import java.util.List;

/** What a saved comparison's row holds as JSON: the task, the shared settings, each member as saved, and when. */
record StoredComparison(String task, ComparisonConfig config, List<MemberView> members, Instant createdAt) {
    ComparisonView view(String id, boolean mine) {
        return new ComparisonView(id, true, task, config, members, createdAt, mine, ComparisonView.pageOf(id));
    }
}
