package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.cell.Intervention;

/** Judges a network, intact (a null intervention) or under an intervention, on one fixed evaluation set. */
public interface Judge {

    Judgement judge(Network network, Intervention intervention);

    /** What {@link Judgement#accuracy()} counts, in words, e.g. "cases continued exactly". */
    String accuracyMeaning();
}
