package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The keyboard of a person who uses no mouse, and what they can see of focus. Keys go to whatever has focus
 * (Selenium Actions); focus is read with WebDriver's own commands (active element, computed CSS, rectangles,
 * DOM attributes), so no script of ours runs in the page. Not thread-safe.
 */
final class Keyboard {

    /** More Tab stops than any page has; a page that needs more holds focus somewhere. */
    private static final int MOST_STOPS = 200;

    /** What can take part in the Tab order on our pages. */
    private static final String CONTROLS =
            "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])";

    private final WebDriver driver;
    private WebElement stopBefore;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void type(String text) {
        press(text);
    }

    void shiftTab() {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab from a freshly loaded page through every stop until focus comes round to the first again. Each stop
     * must be a usable control with a visible focus indicator that goes when focus moves on, no stop may keep focus,
     * and every control on the page must be among the stops (a radio group counts once, as browsers make it one
     * stop). Returns the stops in order.
     */
    List<WebElement> tourThePage() {
        List<WebElement> stops = new ArrayList<>();
        WebElement stop = focused();
        for (int i = 0; i < MOST_STOPS; i++) {
            stop = tabFrom(stop);
            if (!stops.isEmpty() && isDocument(stop)) {
                // Past the last stop focus may rest on the document itself; the next Tab starts again at the top.
                stop = tabFrom(stop);
            }
            if (!stops.isEmpty() && stop.equals(stops.get(0))) {
                assertThat(missing(stops)).as("controls Tab never reached").isEmpty();
                return stops;
            }
            assertUsableAndVisiblyFocused(stop);
            stops.add(stop);
        }
        throw new AssertionError("Tab did not come round within " + MOST_STOPS + " stops: " + describe(stops));
    }

    /**
     * Presses Tab until a control matching {@code css} has focus. The tour of the page has checked each stop already,
     * so on the way only a stop that keeps focus fails.
     */
    WebElement tabTo(String css) {
        List<WebElement> targets = driver.findElements(By.cssSelector(css));
        assertThat(targets).as("controls matching %s", css).isNotEmpty();
        List<WebElement> passed = new ArrayList<>();
        WebElement current = focused();
        for (int i = 0; i < MOST_STOPS; i++) {
            press(Keys.TAB);
            WebElement stop = focused();
            WebElement left = current;
            assertThat(stop)
                    .as(() -> "Tab from " + describe(left) + " left focus where it was: a keyboard trap")
                    .isNotEqualTo(left);
            if (targets.contains(stop)) {
                stopBefore = current;
                return stop;
            }
            passed.add(stop);
            current = stop;
        }
        throw new AssertionError("Tab never reached " + css + "; it passed " + describe(passed));
    }

    /**
     * Presses Tab with focus on {@code from} and returns where focus went, which must be somewhere else; a control
     * that had focus must look different once focus has left it.
     */
    private WebElement tabFrom(WebElement from) {
        String focusedRing = isControl(from) ? ring(from) : null;
        press(Keys.TAB);
        WebElement stop = focused();
        assertThat(stop)
                .as(() -> "Tab from " + describe(from) + " left focus where it was: a keyboard trap")
                .isNotEqualTo(from);
        if (focusedRing != null) {
            assertThat(ring(from))
                    .as(() -> describe(from) + " looks the same focused and not focused")
                    .isNotEqualTo(focusedRing);
        }
        return stop;
    }

    /** The stop Tab left last before {@link #tabTo} reached its target. */
    WebElement stopBefore() {
        return stopBefore;
    }

    /** Presses Enter on the focused link or button and waits until the next page, at {@code path}, has loaded. */
    void enterAndWaitFor(String path) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.urlMatches("^[^?#]*" + Pattern.quote(path) + "([?#].*)?$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.site")));
    }

    /** Whether the element shows a focus indicator: an outline or a box shadow. */
    static boolean showsFocus(WebElement element) {
        return showsFocus(ring(element));
    }

    /** What the browser draws round the element: outline style and width, and box shadow. */
    static String ring(WebElement element) {
        return element.getCssValue("outline-style") + " " + element.getCssValue("outline-width") + " / "
                + element.getCssValue("box-shadow");
    }

    private static boolean showsFocus(String ring) {
        String[] parts = ring.split(" / ", 2);
        boolean outline = !parts[0].startsWith("none ") && !parts[0].endsWith(" 0px");
        return outline || !parts[1].equals("none");
    }

    static String describe(WebElement element) {
        String tag = element.getTagName();
        String name = element.getDomAttribute("name");
        String value = element.getDomAttribute("value");
        String id = element.getDomAttribute("id");
        String text = tag.equals("a") || tag.equals("button") ? " \"" + element.getText() + "\"" : "";
        return tag
                + (id == null ? "" : "#" + id)
                + (name == null ? "" : "[name=" + name + "]")
                + (value == null || tag.equals("button") ? "" : "[value=" + value + "]")
                + text;
    }

    static String describe(List<WebElement> elements) {
        return elements.stream().map(Keyboard::describe).toList().toString();
    }

    private void assertUsableAndVisiblyFocused(WebElement stop) {
        assertThat(isControl(stop))
                .as(() -> describe(stop) + " takes focus but is not a control a person can use")
                .isTrue();
        Rectangle box = stop.getRect();
        assertThat(box.getWidth() > 0 && box.getHeight() > 0 && box.getX() >= 0 && box.getY() >= 0)
                .as(() -> describe(stop) + " has focus but is off the page (" + box + ")")
                .isTrue();
        String ring = ring(stop);
        assertThat(showsFocus(ring))
                .as(() -> describe(stop) + " has focus but shows no focus indicator (" + ring + ")")
                .isTrue();
    }

    private static boolean isControl(WebElement element) {
        return switch (element.getTagName()) {
            case "a" -> element.getDomAttribute("href") != null;
            case "button", "select", "textarea" -> true;
            case "input" -> !"hidden".equals(element.getDomAttribute("type"));
            // A scrolling region is a stop when it is labelled, so a keyboard can scroll it.
            default ->
                "0".equals(element.getDomAttribute("tabindex"))
                        && element.getDomAttribute("role") != null
                        && (element.getDomAttribute("aria-label") != null
                                || element.getDomAttribute("aria-labelledby") != null);
        };
    }

    private static boolean isDocument(WebElement element) {
        String tag = element.getTagName();
        return tag.equals("body") || tag.equals("html");
    }

    /** The controls on the page that are not among the stops; a radio group is reached when any of its radios is. */
    private List<String> missing(List<WebElement> stops) {
        List<String> radioGroupsReached = stops.stream()
                .filter(stop -> "radio".equals(stop.getDomAttribute("type")))
                .map(stop -> stop.getDomAttribute("name"))
                .toList();
        return driver.findElements(By.cssSelector(CONTROLS)).stream()
                .filter(control -> !stops.contains(control))
                .filter(control -> !("radio".equals(control.getDomAttribute("type"))
                        && radioGroupsReached.contains(control.getDomAttribute("name"))))
                .map(Keyboard::describe)
                .toList();
    }
}
