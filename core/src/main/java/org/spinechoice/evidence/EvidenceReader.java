package org.spinechoice.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spinechoice.vocabulary.OptionId;

/**
 * Reads and validates the whole evidence base from parsed files; the single entry point for building an
 * {@link EvidenceBase}.
 *
 * <p>Parsing YAML is the caller's job (an app adapter): this class sees only trees of plain values, so the clinical
 * core stays free of I/O and frameworks. Every problem in every file is reported, each naming file and field.
 */
public final class EvidenceReader {

    /** The folder of option files inside the evidence folder. */
    public static final String OPTIONS_FOLDER = "options/";

    /** The file name of the condition guide inside the evidence folder. */
    public static final String CONDITION_GUIDE_FILE = "condition.yaml";

    private EvidenceReader() {}

    /** Returns the file name the evidence of {@code option} must be stored under. */
    public static String fileNameOf(OptionId option) {
        return OPTIONS_FOLDER + option.id() + ".yaml";
    }

    /**
     * Reads the option files and the condition guide, then checks the rules that span fields and files.
     *
     * @param optionFiles every file found in the options folder
     * @param conditionGuide the condition guide file
     */
    public static EvidenceLoad read(List<EvidenceFile> optionFiles, EvidenceFile conditionGuide) {
        Objects.requireNonNull(optionFiles, "optionFiles");
        Objects.requireNonNull(conditionGuide, "conditionGuide");
        List<EvidenceProblem> problems = new ArrayList<>();
        List<OptionEvidence> options = new ArrayList<>();
        for (EvidenceFile file : optionFiles) {
            int problemsBefore = problems.size();
            OptionEvidence option = OptionFileReader.read(new DocumentCursor(file.name(), file.tree(), problems));
            if (option != null) {
                EvidenceRules.checkOption(file.name(), option, problems.size() == problemsBefore, problems);
                options.add(option);
            }
        }
        EvidenceRules.checkEveryOptionOnce(optionFiles, options, problems);
        int problemsBefore = problems.size();
        ConditionGuide guide =
                ConditionGuideReader.read(new DocumentCursor(conditionGuide.name(), conditionGuide.tree(), problems));
        if (guide != null) {
            EvidenceRules.checkConditionGuide(
                    conditionGuide.name(), guide, problems.size() == problemsBefore, problems);
        }
        if (!problems.isEmpty()) {
            return new EvidenceLoad.Rejected(problems);
        }
        return new EvidenceLoad.Loaded(new EvidenceBase(options, guide));
    }
}
