package com.lstmexplorer.analysis;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/{runs|snapshots}/{id}/analysis} and {@code POST /api/{runs|snapshots}/{id}/ablate}
 * (docs/analysis.md). A run answers for its network as it is now.
 */
@RestController
class AnalysisController {
    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/api/runs/{id}/analysis")
    AnalysisResponse runAnalysis(@PathVariable String id) {
        return response(analyses.run(id));
    }

    @GetMapping("/api/snapshots/{id}/analysis")
    AnalysisResponse snapshotAnalysis(@PathVariable String id) {
        return response(snapshot(id));
    }

    @PostMapping(path = "/api/runs/{id}/ablate", consumes = MediaType.APPLICATION_JSON_VALUE)
    AblateResponse runAblate(@PathVariable String id, @RequestBody AblateRequest request) {
        return analyses.ablate(analyses.run(id), request);
    }

    @PostMapping(path = "/api/snapshots/{id}/ablate", consumes = MediaType.APPLICATION_JSON_VALUE)
    AblateResponse snapshotAblate(@PathVariable String id, @RequestBody AblateRequest request) {
        return analyses.ablate(snapshot(id), request);
    }

    @ExceptionHandler(AnalysisService.NotAnalysable.class)
    ProblemDetail notAnalysable(AnalysisService.NotAnalysable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Nothing to analyse the network on");
        return problem;
    }

    private AnalysisResponse response(AnalysisTarget target) {
        return new AnalysisResponse(target.id(), target.task(), target.step(), analyses.analysis(target));
    }

    private AnalysisTarget snapshot(String id) {
        return analyses.snapshot(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no snapshot with id '" + id + "'; GET /api/snapshots lists the ones stored here"));
    }
}
