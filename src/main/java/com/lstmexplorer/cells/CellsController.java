package com.lstmexplorer.cells;

import com.lstmexplorer.model.cell.CellType;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the cells a run can train, the standard LSTM first. */
@RestController
class CellsController {

    @GetMapping("/api/cells")
    List<CellView> cells() {
        return Arrays.stream(CellType.values()).map(CellView::of).toList();
    }
}
