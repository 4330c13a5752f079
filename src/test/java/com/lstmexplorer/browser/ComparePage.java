package com.lstmexplorer.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The compare page (/compare) as a person sees and uses it: its form, and what it shows of a comparison, read
 * from the page: the rows of the table, how many points each cell's loss curve and sweep line has drawn (the
 * charts' data attributes), the labels table and the link a save shows.
 */
final class ComparePage {
    /** One row of the table as shown. */
    record Row(String cell, String status, String step, String solved, String solvedStep, String link) {
    }

    private final Browser browser;

    ComparePage(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the form has its tasks and cells. */
    ComparePage awaitForm() {
        browser.until(d -> d.findElements(By.cssSelector("#compare-form select[name=task] option")).size() == 4
                && !d.findElements(By.cssSelector("#compare-form input[name=cell]")).isEmpty());
        return this;
    }

    String task() {
        return find("#compare-form select[name=task]").getDomProperty("value");
    }

    List<String> checkedCells() {
        return browser.driver().findElements(By.cssSelector("#compare-form input[name=cell]:checked")).stream()
                .map(box -> box.getDomProperty("value")).toList();
    }

    String field(String name) {
        return find("#compare-form [name=" + name + "]").getDomProperty("value");
    }

    /** Chooses the task, exactly these cells, the seed and the pace (a value of the pace select), then Train. */
    void train(String task, List<String> cells, long seed, String pace) {
        new Select(find("#compare-form select[name=task]")).selectByValue(task);
        for (WebElement box : browser.driver().findElements(By.cssSelector("#compare-form input[name=cell]"))) {
            if (box.isSelected() != cells.contains(box.getDomProperty("value"))) {
                box.click();
            }
        }
        WebElement seedInput = find("#compare-form input[name=seed]");
        seedInput.clear();
        seedInput.sendKeys(String.valueOf(seed));
        new Select(find("#compare-form select[name=stepsPerSecond]")).selectByValue(pace);
        find("#compare-form button[type=submit]").click();
    }

    boolean showsAComparison() {
        return find("#comparison").isDisplayed();
    }

    /**
     * The table's rows, cell id to row, in the page's order; empty until a comparison is shown. Read in one
     * script: the page redraws a row at every progress frame.
     */
    Map<String, Row> rows() {
        List<List<String>> read = browser.script("""
                return Array.from(document.querySelectorAll('#compare-table tbody tr'), (tr) => {
                  const td = (c) => tr.querySelector('td.' + c);
                  const a = tr.querySelector('td.cell a');
                  return [tr.dataset.cell, td('cell').innerText, td('status').innerText, td('step').innerText,
                    td('solved').innerText, td('solved').dataset.step, a ? a.getAttribute('href') : null];
                });""");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (List<String> r : read) {
            rows.put(r.get(0), new Row(r.get(1).strip(), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)));
        }
        return rows;
    }

    /** Waits (training may take a while) until every row says its cell has ended. */
    Map<String, Row> awaitEnded(Duration patience) {
        return browser.until(patience, d -> {
            Map<String, Row> rows = rows();
            return !rows.isEmpty() && rows.values().stream().allMatch(r -> r.status().matches(
                    "(solved at step [\\d,]+; )?finished after [\\d,]+ steps.*|stopped.*")) ? rows : null;
        });
    }

    /** How many points each cell's loss curve has drawn, by cell id. */
    Map<String, Integer> lossPoints() {
        return points("#compare-chart path.line.loss");
    }

    /** How many lengths each cell's sweep line has drawn (cells whose network has not ended have none). */
    Map<String, Integer> sweepPoints() {
        return points("#compare-sweep path.line");
    }

    /** The step each cell's solve mark stands at on the chart, by cell id, for the cells that solved. */
    Map<String, String> solveMarks() {
        List<List<String>> read = browser.script("""
                return Array.from(document.querySelectorAll('#compare-chart g.solve[visibility=visible]'),
                  (g) => [g.dataset.cell, g.dataset.step]);""");
        Map<String, String> marks = new LinkedHashMap<>();
        read.forEach(r -> marks.put(r.get(0), r.get(1)));
        return marks;
    }

    /** Each cell's row of the labels table: its text, e.g. "LSTM #9 cell (r = −0.99) ...". */
    Map<String, String> labels() {
        List<List<String>> read = browser.script("""
                return Array.from(document.querySelectorAll('#compare-labels tbody tr'),
                  (tr) => [tr.dataset.cell, tr.innerText]);""");
        Map<String, String> labels = new LinkedHashMap<>();
        read.forEach(r -> labels.put(r.get(0), r.get(1)));
        return labels;
    }

    /** Waits until every cell's labels row says something final: its labels, or why it has none. */
    Map<String, String> awaitLabels() {
        return browser.until(d -> {
            Map<String, String> labels = labels();
            return !labels.isEmpty() && labels.values().stream().noneMatch(t -> t.contains("once it has ended"))
                    ? labels : null;
        });
    }

    /** Presses Save and share; the link it shows. */
    String saveAndShare() {
        find("#compare-save").click();
        return browser.until(d -> {
            WebElement link = find("#compare-link");
            String value = link.getDomProperty("value");
            return link.isDisplayed() && value != null && value.contains("id=") ? value : null;
        });
    }

    String title() {
        return find("#compare-title").getText();
    }

    String config() {
        return find("#compare-config").getText();
    }

    String error() {
        WebElement box = find("#compare-error");
        return box.isDisplayed() ? box.getText() : "";
    }

    boolean saveButtonShown() {
        return find("#compare-save").isDisplayed();
    }

    private Map<String, Integer> points(String css) {
        List<List<Object>> read = browser.script("return Array.from(document.querySelectorAll(arguments[0]),"
                + " (p) => [p.dataset.cell, Number(p.dataset.points ?? 0)]);", css);
        Map<String, Integer> points = new LinkedHashMap<>();
        read.forEach(r -> points.put((String) r.get(0), ((Number) r.get(1)).intValue()));
        return points;
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }
}
