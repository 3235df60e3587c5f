package org.spinechoice.prom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.spinechoice.vocabulary.Coded;

/**
 * The outcome instruments SpineChoice scores, with their item ids and allowed answers as {@code spec/proms.md}
 * lists them, and whether patients may answer them through a personal link (the clinician-rated mJOA: never).
 */
public enum Instrument implements Coded {
    ODI("odi", "Oswestry Disability Index v2.1a", true, numbered("odi-", 10, 0, 5)),
    NDI("ndi", "Neck Disability Index", true, numbered("ndi-", 10, 0, 5)),
    ZCQ("zcq", "Zurich Claudication Questionnaire", true, zurichItems()),
    NRS_BACK("nrs-back", "Numeric rating scale, back pain, worst in the past week", true, single("nrs", 0, 10)),
    NRS_LEG("nrs-leg", "Numeric rating scale, leg pain, worst in the past week", true, single("nrs", 0, 10)),
    NRS_NECK("nrs-neck", "Numeric rating scale, neck pain, worst in the past week", true, single("nrs", 0, 10)),
    NRS_ARM("nrs-arm", "Numeric rating scale, arm pain, worst in the past week", true, single("nrs", 0, 10)),
    MJOA(
            "mjoa",
            "Modified Japanese Orthopaedic Association scale (Benzel)",
            false,
            List.of(
                    new Item("mjoa-upper-motor", 0, 5),
                    new Item("mjoa-lower-motor", 0, 7),
                    new Item("mjoa-upper-sensory", 0, 3),
                    new Item("mjoa-bladder", 0, 3))),
    SURE("sure", "SURE test of decisional conflict", true, numbered("sure-", 4, 0, 1)),
    WALKING("walking", "Walking tolerance in minutes", true, single("walking-minutes", 0, 600));

    private final String id;
    private final String title;
    private final boolean answerableByLink;
    private final List<Item> items;

    Instrument(String id, String title, boolean answerableByLink, List<Item> items) {
        this.id = id;
        this.title = title;
        this.answerableByLink = answerableByLink;
        this.items = List.copyOf(items);
    }

    @Override
    public String id() {
        return id;
    }

    /** The instrument's name and version, for example {@code Oswestry Disability Index v2.1a}. */
    public String title() {
        return title;
    }

    /** Whether patients may answer it themselves through a personal link; false for clinician-rated scales. */
    public boolean answerableByLink() {
        return answerableByLink;
    }

    /** The items in questionnaire order. */
    public List<Item> items() {
        return items;
    }

    /** The item ids in questionnaire order. */
    public List<String> itemIds() {
        return items.stream().map(Item::id).toList();
    }

    /** Finds an item of this instrument by id. */
    public Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    private static List<Item> numbered(String prefix, int count, int min, int max) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(number -> new Item(prefix + number, min, max))
                .toList();
    }

    private static List<Item> single(String itemId, int min, int max) {
        return List.of(new Item(itemId, min, max));
    }

    private static List<Item> zurichItems() {
        List<Item> items = new ArrayList<>(numbered("zcq-s", 7, 1, 5));
        items.addAll(numbered("zcq-f", 5, 1, 4));
        items.addAll(numbered("zcq-p", 6, 1, 4));
        return items;
    }
}
