package org.spinechoice.app;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core on the page a browser shows and describes each violation well enough to fix it from a CI log. */
final class Accessibility {

    private Accessibility() {}

    /** Returns one line per violation on the current page (rule id, impact, help and the failing nodes). */
    static List<String> violations(WebDriver driver) {
        String page = driver.getCurrentUrl();
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + page + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .map(rule -> describe(page, rule))
                .toList();
    }

    private static String describe(String page, Rule rule) {
        String nodes = rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n      "));
        return page + ": " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + "\n      " + nodes;
    }

    private static String describe(CheckedNode node) {
        return node.getTarget() + " "
                + Objects.toString(node.getFailureSummary(), "").replace('\n', ' ');
    }
}
