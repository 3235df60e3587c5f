package org.spinechoice.vocabulary;

import java.util.List;

/**
 * The 14 treatment options of {@code spec/options.md}, in the order of its table, with the category and regions
 * the contract fixes for each. The evidence files must agree with this table.
 */
public enum OptionId implements Coded {
    WATCHFUL_WAITING(
            "watchful-waiting", Category.SELF_CARE, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL, SpinalRegion.THORACIC),
    PHYSICAL_THERAPY(
            "physical-therapy", Category.EXERCISE, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL, SpinalRegion.THORACIC),
    BRACE("brace", Category.DEVICE, SpinalRegion.LUMBAR),
    PAIN_MEDICATION(
            "pain-medication", Category.MEDICINE, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL, SpinalRegion.THORACIC),
    NERVE_PAIN_MEDICATION(
            "nerve-pain-medication",
            Category.MEDICINE,
            SpinalRegion.LUMBAR,
            SpinalRegion.CERVICAL,
            SpinalRegion.THORACIC),
    EPIDURAL_STEROID_INJECTION(
            "epidural-steroid-injection", Category.INJECTION, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL),
    PROLOTHERAPY("prolotherapy", Category.INJECTION, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL),
    ACUPUNCTURE("acupuncture", Category.COMPLEMENTARY, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL),
    CHIROPRACTIC("chiropractic", Category.COMPLEMENTARY, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL),
    NUTRITION_WEIGHT(
            "nutrition-weight", Category.SELF_CARE, SpinalRegion.LUMBAR, SpinalRegion.CERVICAL, SpinalRegion.THORACIC),
    DECOMPRESSION_SURGERY("decompression-surgery", Category.SURGERY, SpinalRegion.LUMBAR, SpinalRegion.THORACIC),
    DECOMPRESSION_FUSION("decompression-fusion", Category.SURGERY, SpinalRegion.LUMBAR),
    MINIMALLY_INVASIVE_PROCEDURES("minimally-invasive-procedures", Category.SURGERY, SpinalRegion.LUMBAR),
    CERVICAL_SURGERY("cervical-surgery", Category.SURGERY, SpinalRegion.CERVICAL);

    private final String id;
    private final Category category;
    private final List<SpinalRegion> regions;

    OptionId(String id, Category category, SpinalRegion... regions) {
        this.id = id;
        this.category = category;
        this.regions = List.of(regions);
    }

    @Override
    public String id() {
        return id;
    }

    /** Returns the category the contract fixes for this option. */
    public Category category() {
        return category;
    }

    /** Returns the regions the contract fixes for this option, in lumbar, cervical, thoracic order. */
    public List<SpinalRegion> regions() {
        return regions;
    }
}
