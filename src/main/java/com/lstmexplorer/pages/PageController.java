package com.lstmexplorer.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the three pages. They are shells: the data comes from the JSON API and the live stream,
 * fetched by the page's module, so a page never shows anything the API would not.
 * Ids are URL-safe tokens; anything else is not a page (404).
 */
@Controller
class PageController {

    @GetMapping("/")
    String gallery() {
        return "index";
    }

    @GetMapping("/runs/{id:[A-Za-z0-9_-]{1,64}}")
    String run(@PathVariable String id, Model model) {
        model.addAttribute("runId", id);
        return "run";
    }

    @GetMapping("/s/{id:[A-Za-z0-9_-]{1,64}}")
    String snapshot(@PathVariable String id, Model model) {
        model.addAttribute("snapshotId", id);
        return "snapshot";
    }
}
