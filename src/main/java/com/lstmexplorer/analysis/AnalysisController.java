package com.lstmexplorer.analysis;

import com.lstmexplorer.limits.Cost;
import com.lstmexplorer.limits.Costly;
import com.lstmexplorer.networks.NetworkResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/{runs|snapshots}/{id}/analysis} and {@code POST /api/{runs|snapshots}/{id}/ablate}
 * (docs/analysis.md). A run answers for its network as it is now.
 */
@RestController
@RequestMapping(NetworkResolver.PATH)
class AnalysisController {
    private final NetworkResolver networks;
    private final AnalysisService analyses;

    AnalysisController(NetworkResolver networks, AnalysisService analyses) {
        this.networks = networks;
        this.analyses = analyses;
    }

    @Costly(Cost.TRACES)
    @GetMapping("/analysis")
    AnalysisResponse analysis(@PathVariable String kind, @PathVariable String id) {
        AnalysisTarget target = target(kind, id);
        return new AnalysisResponse(target.id(), target.task(), target.step(), analyses.analysis(target));
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/ablate", consumes = MediaType.APPLICATION_JSON_VALUE)
    AblateResponse ablate(@PathVariable String kind, @PathVariable String id, @RequestBody AblateRequest request) {
        return analyses.ablate(target(kind, id), request);
    }

    @ExceptionHandler(AnalysisService.NotAnalysable.class)
    ProblemDetail notAnalysable(AnalysisService.NotAnalysable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Nothing to analyse the network on");
        return problem;
    }

    private AnalysisTarget target(String kind, String id) {
        return analyses.target(networks.resolve(kind, id));
    }
}
