package com.lstmexplorer.compare;

import java.util.List;

/**
 * The answer to a save: the saved comparison's id and page, whether this request stored it ({@code false}: the
 * same comparison, with the same networks, was stored before), and each member's snapshot and its page.
 */
record SavedComparison(String id, String url, boolean created, List<Member> members) {
    record Member(String cell, String snapshot, String url) {
    }

    static SavedComparison of(String id, boolean created, List<MemberView> members) {
        return new SavedComparison(id, ComparisonView.pageOf(id), created, members.stream()
                .map(m -> new Member(m.cell(), m.snapshot(), "/s/" + m.snapshot())).toList());
    }
}
