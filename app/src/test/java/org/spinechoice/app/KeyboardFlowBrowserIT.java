package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spinechoice.app.platform.Messages;

/**
 * A person who uses only the keyboard walks the whole symptom check, from {@code /check} to the summary: Tab and
 * Shift+Tab to move, Space for checkboxes and radios, arrow keys within a radio group, typing into the focused field
 * and Enter on links and the Continue button. Nothing is clicked and no script of ours runs (axe-core only reads the
 * page). On every page the first Tab stop is the skip link, every stop is a usable control with a visible focus
 * indicator, no stop keeps focus, and every control can be reached.
 */
class KeyboardFlowBrowserIT {

    private static final Messages MESSAGES = Messages.english();

    private static TestApp app;
    private static Browser browser;
    private final List<String> violations = new ArrayList<>();
    private Keyboard keyboard;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try {
            browser.close();
        } finally {
            app.close();
        }
    }

    @BeforeEach
    void takeTheKeyboard() {
        keyboard = new Keyboard(driver());
    }

    @AfterEach
    void everyPageVisitedPassedAxe() {
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void theWholeCheckCanBeDoneWithTheKeyboardAloneAndTheSummaryShowsTheAnswers() {
        browser.open(app.uri("/check"));
        arriveAt("/check/about");
        choose("region", "lumbar");
        keyboard.tabTo("input[name='age']");
        keyboard.type("70");
        tick("symptoms", "leg-pain", "walking-leg-symptoms");
        continueTo("/check/warning-signs");

        continueTo("/check/result");
        assertThat(driver().findElement(By.tagName("h2")).getText()).contains("No warning signs");
        keyboard.tabTo("a.button[href*='/check/effects']");
        keyboard.enterAndWaitFor("/check/effects");
        arriveAt("/check/effects");
        keyboard.tabTo("input[name='durationAmount']");
        keyboard.type("6");
        choose("durationUnit", "months");
        keyboard.tabTo("input[name='walkingMinutes']");
        keyboard.type("10");
        continueTo("/check/health");

        tick("healthFactors", "diabetes");
        continueTo("/check/preferences");

        choose("pref.avoid-surgery", "4");
        choose("pref.quick-relief", "2");
        continueTo("/check/options");

        tick("compare", "physical-therapy", "prolotherapy");
        continueTo("/check/compare");

        assertThat(driver().findElements(By.cssSelector("table th[scope=col]"))).hasSize(2);
        continueTo("/check/sure");

        for (int item = 1; item <= 4; item++) {
            choose("sure-" + item, "1");
        }
        continueTo("/check/summary");

        assertThat(rows("s-answers"))
                .containsEntry(label("summary.answer.region"), label("check.region.lumbar"))
                .containsEntry(label("summary.answer.age"), "70")
                .containsEntry(label("summary.answer.walking"), MESSAGES.get("summary.answer.walking.value", 10));
        assertThat(rows("s-answers").get(label("summary.answer.symptoms")))
                .contains(label("check.symptom.leg-pain"), label("check.symptom.walking-leg-symptoms"));
        assertThat(rows("s-answers").get(label("summary.answer.healthFactors")))
                .contains(label("summary.healthFactor.diabetes"));
        assertThat(rows("s-preferences"))
                .containsEntry(label("summary.preference.avoid-surgery"), MESSAGES.get("summary.preference.weight", 4))
                .containsEntry(label("summary.preference.quick-relief"), MESSAGES.get("summary.preference.weight", 2))
                .hasSize(2);
        assertThat(driver().findElements(By.cssSelector("#s-option-physical-therapy, #s-option-prolotherapy")))
                .hasSize(2);
        keyboard.tabTo("a[href*='summary.pdf']");
        keyboard.tabTo("form[action='/summaries'] button");
    }

    @Test
    void theLinkInTheErrorSummaryTakesTheKeyboardToTheFieldToFix() {
        browser.open(app.uri("/check"));
        arriveAt("/check/about");
        choose("region", "lumbar");
        keyboard.tabTo("input[name='age']");
        keyboard.type("seventy");
        continueTo("/check/about");

        keyboard.tabTo(".error-summary a[href='#f-age']");
        keyboard.press(Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#f-age"));
        keyboard.press(Keys.TAB);
        WebElement age = keyboard.focused();
        assertThat(age.getDomAttribute("id")).isEqualTo("age");
        assertThat(age.getDomProperty("value")).isEqualTo("seventy");

        // Tab selects the text of the field it enters, so typing replaces the wrong answer.
        keyboard.type("70");
        assertThat(age.getDomProperty("value")).isEqualTo("70");
        continueTo("/check/warning-signs");
    }

    /**
     * Checks the page that has just loaded at {@code path} (axe, then a full Tab tour), and then uses its skip link:
     * hidden until focused, the first stop, and Enter moves focus to the main content.
     */
    private void arriveAt(String path) {
        assertThat(URI.create(driver().getCurrentUrl()).getPath()).isEqualTo(path);
        violations.addAll(Accessibility.violations(driver()));
        WebElement skip = driver().findElement(By.cssSelector("a.skip"));
        assertThat(skip.getRect().getX())
                .as("the skip link sits off screen until focused")
                .isNegative();

        List<WebElement> stops = keyboard.tourThePage();

        assertThat(stops.get(0)).as("first Tab stop on %s", path).isEqualTo(skip);
        assertThat(keyboard.focused()).as("focus after the tour came round").isEqualTo(skip);
        assertThat(skip.getRect().getX())
                .as("the focused skip link is on screen")
                .isNotNegative();
        assertThat(skip.getText()).isEqualTo(label("skip.toMain"));
        assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
        keyboard.press(Keys.ENTER);
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#main"));
        assertThat(keyboard.focused().getDomAttribute("id")).isEqualTo("main");
    }

    /**
     * Tabs to the Continue button, checks that Shift+Tab goes back to the stop before it and Tab returns, presses
     * Enter and checks the next page.
     */
    private void continueTo(String path) {
        WebElement button = keyboard.tabTo("button[name='go']");
        WebElement before = keyboard.stopBefore();
        keyboard.shiftTab();
        WebElement back = keyboard.focused();
        assertThat(sameStop(back, before))
                .as(() -> "Shift+Tab from Continue reached " + Keyboard.describe(back) + ", not "
                        + Keyboard.describe(before))
                .isTrue();
        keyboard.press(Keys.TAB);
        assertThat(keyboard.focused()).isEqualTo(button);
        keyboard.enterAndWaitFor(path);
        arriveAt(path);
    }

    /** Tabs into a radio group, moves to {@code value} with the arrow keys, and selects it with Space if need be. */
    private void choose(String field, String value) {
        WebElement radio = keyboard.tabTo("input[name='" + field + "']");
        int options = driver().findElements(By.cssSelector("input[name='" + field + "']"))
                .size();
        for (int moves = 0; !value.equals(radio.getDomAttribute("value")) && moves < options; moves++) {
            keyboard.press(Keys.ARROW_DOWN);
            radio = keyboard.focused();
        }
        if (!radio.isSelected()) {
            keyboard.press(Keys.SPACE);
        }
        assertThat(radio.getDomAttribute("value")).as(field).isEqualTo(value);
        assertThat(radio.isSelected()).as("%s = %s selected", field, value).isTrue();
        assertThat(Keyboard.showsFocus(radio))
                .as("%s = %s shows focus", field, value)
                .isTrue();
    }

    /** Tabs to each checkbox of {@code field} with one of {@code values}, in page order, and ticks it with Space. */
    private void tick(String field, String... values) {
        List<String> left = new ArrayList<>(List.of(values));
        while (!left.isEmpty()) {
            String css = String.join(
                    ", ",
                    left.stream()
                            .map(value -> "input[name='" + field + "'][value='" + value + "']")
                            .toList());
            WebElement box = keyboard.tabTo(css);
            assertThat(box.isSelected()).as("%s ticked before Space", css).isFalse();
            keyboard.press(Keys.SPACE);
            assertThat(box.isSelected()).as("%s ticked by Space", css).isTrue();
            left.remove(box.getDomAttribute("value"));
        }
    }

    /** Whether two stops are the same for the keyboard: one element, or radios of one group. */
    private static boolean sameStop(WebElement a, WebElement b) {
        if (a.equals(b)) {
            return true;
        }
        return "radio".equals(a.getDomAttribute("type"))
                && "radio".equals(b.getDomAttribute("type"))
                && a.getDomAttribute("name").equals(b.getDomAttribute("name"));
    }

    private Map<String, String> rows(String sectionHeading) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row :
                driver().findElements(By.cssSelector("section[aria-labelledby='" + sectionHeading + "'] tr"))) {
            rows.put(
                    row.findElement(By.tagName("th")).getText(),
                    row.findElement(By.tagName("td")).getText());
        }
        return rows;
    }

    private static String label(String key) {
        return MESSAGES.get(key);
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
