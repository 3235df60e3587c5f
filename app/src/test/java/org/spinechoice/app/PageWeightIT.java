package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each page with everything it loads (stylesheet, images, icons) stays within 60 KB, uncompressed. */
class PageWeightIT {

    private static final int BUDGET_BYTES = 60 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:src|<link[^>]*href)=\"(/[^\"]+)\"");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/stenosis",
                "/options",
                "/options/watchful-waiting",
                "/options/physical-therapy",
                "/options/brace",
                "/options/pain-medication",
                "/options/nerve-pain-medication",
                "/options/epidural-steroid-injection",
                "/options/prolotherapy",
                "/options/acupuncture",
                "/options/chiropractic",
                "/options/nutrition-weight",
                "/options/decompression-surgery",
                "/options/decompression-fusion",
                "/options/minimally-invasive-procedures",
                "/options/cervical-surgery",
                "/check/about",
                "/check/effects?region=lumbar&age=70&symptoms=leg-pain&signsAsked=yes&healthAsked=yes&pref.avoid-surgery=4&compare=physical-therapy&compare=prolotherapy&compare=epidural-steroid-injection&compare=decompression-surgery&sure-1=1&sure-2=1&sure-3=1&sure-4=0",
                "/check/options?region=lumbar&age=70&symptoms=leg-pain&signsAsked=yes&healthAsked=yes&pref.avoid-surgery=4&compare=physical-therapy&compare=prolotherapy&compare=epidural-steroid-injection&compare=decompression-surgery&sure-1=1&sure-2=1&sure-3=1&sure-4=0",
                "/check/compare?region=lumbar&age=70&symptoms=leg-pain&signsAsked=yes&healthAsked=yes&pref.avoid-surgery=4&compare=physical-therapy&compare=prolotherapy&compare=epidural-steroid-injection&compare=decompression-surgery&sure-1=1&sure-2=1&sure-3=1&sure-4=0",
                "/check/summary?region=lumbar&age=70&symptoms=leg-pain&signsAsked=yes&healthAsked=yes&pref.avoid-surgery=4&compare=physical-therapy&compare=prolotherapy&compare=epidural-steroid-injection&compare=decompression-surgery&sure-1=1&sure-2=1&sure-3=1&sure-4=0"
            })
    void pageAndItsAssetsStayWithinBudget(String path) {
        HttpResponse<String> page = app.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        long total = page.body().getBytes(StandardCharsets.UTF_8).length;
        Set<String> assets = new LinkedHashSet<>();
        Matcher asset = ASSET.matcher(page.body());
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        for (String assetPath : assets) {
            HttpResponse<String> response = app.get(assetPath);
            assertThat(response.statusCode()).as(assetPath).isEqualTo(200);
            total += response.body().getBytes(StandardCharsets.UTF_8).length;
        }

        assertThat(assets).as("the stylesheet is counted").contains("/static/app.css");
        assertThat(total).as(path + " with " + assets).isLessThanOrEqualTo(BUDGET_BYTES);
    }
}
