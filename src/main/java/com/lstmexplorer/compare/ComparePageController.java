package com.lstmexplorer.compare;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page {@code /compare}: a shell like the other pages; its module reads the comparison from the URL's query
 * ({@code ?task=counting&cells=lstm,gru,rnn&seed=1&id=...}) and everything else from the API and the live stream.
 */
@Controller
class ComparePageController {
    @GetMapping("/compare")
    String compare() {
        return "compare";
    }
}
