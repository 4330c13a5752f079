package com.lstmexplorer.pages;

import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.snapshots.SnapshotService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the three pages. They are shells: the data comes from the JSON API and the live stream,
 * fetched by the page's module, so a page never shows anything the API would not.
 * Ids are URL-safe tokens; anything else is not a page (404). The page of a deleted run or snapshot
 * answers 410 Gone (its script shows why, from the API).
 */
@Controller
class PageController {
    private final RunService runs;
    private final SnapshotService snapshots;

    PageController(RunService runs, SnapshotService snapshots) {
        this.runs = runs;
        this.snapshots = snapshots;
    }

    @GetMapping("/")
    String gallery() {
        return "index";
    }

    @GetMapping("/runs/{id:[A-Za-z0-9_-]{1,64}}")
    String run(@PathVariable String id, Model model, HttpServletResponse response) {
        if (runs.deleted(id)) {
            response.setStatus(HttpStatus.GONE.value());
        }
        model.addAttribute("runId", id);
        return "run";
    }

    @GetMapping("/s/{id:[A-Za-z0-9_-]{1,64}}")
    String snapshot(@PathVariable String id, Model model, HttpServletResponse response) {
        if (snapshots.deleted(id)) {
            response.setStatus(HttpStatus.GONE.value());
        }
        model.addAttribute("snapshotId", id);
        return "snapshot";
    }
}
