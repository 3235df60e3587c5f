package org.spinechoice.evidence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinechoice.vocabulary.OptionId;

/**
 * The rules of {@code spec/options.md} that span fields or files: sources resolve, ids are unique, the contract's
 * table is respected and every option is present once. Each rule adds problems; none throws.
 *
 * <p>A list item that could not be read was reported and left out of the model. The rules over lists (at least one
 * benefit, sources resolve, required sections) then do not run for that file: they would report the broken item a
 * second time, falsely, as missing or unknown.
 */
final class EvidenceRules {

    private EvidenceRules() {}

    static void checkOption(String file, OptionEvidence option, boolean everyItemRead, List<EvidenceProblem> problems) {
        String expectedName = EvidenceReader.fileNameOf(option.id());
        if (!file.equals(expectedName)) {
            problems.add(new EvidenceProblem(file, "id", "id '" + option.id().id() + "' belongs in " + expectedName));
        }
        if (option.category() != option.id().category()) {
            problems.add(new EvidenceProblem(
                    file, "category", "expected '" + option.id().category().id() + "' as in spec/options.md"));
        }
        if (!Set.copyOf(option.regions()).equals(Set.copyOf(option.id().regions()))
                || option.regions().size() != option.id().regions().size()) {
            problems.add(new EvidenceProblem(
                    file,
                    "regions",
                    "expected exactly "
                            + option.id().regions().stream().map(r -> r.id()).collect(Collectors.joining(", "))
                            + " as in spec/options.md"));
        }
        if (!everyItemRead) {
            return;
        }
        if (option.benefits().isEmpty()) {
            problems.add(new EvidenceProblem(file, "benefits", "at least one benefit statement is required"));
        }
        if (option.harms().isEmpty()) {
            problems.add(new EvidenceProblem(file, "harms", "at least one harm statement is required"));
        }
        Set<String> sourceIds = uniqueSourceIds(file, option.sources(), problems);
        resolve(file, "headline.sources", option.headline().sourceIds(), sourceIds, problems);
        for (int i = 0; i < option.benefits().size(); i++) {
            resolve(
                    file,
                    "benefits[" + i + "].sources",
                    option.benefits().get(i).sourceIds(),
                    sourceIds,
                    problems);
        }
        for (int i = 0; i < option.harms().size(); i++) {
            resolve(file, "harms[" + i + "].sources", option.harms().get(i).sourceIds(), sourceIds, problems);
        }
        for (int i = 0; i < option.claims().size(); i++) {
            resolve(file, "claims[" + i + "].sources", option.claims().get(i).sourceIds(), sourceIds, problems);
        }
        Set<String> cautionIds = new HashSet<>();
        for (int i = 0; i < option.cautions().size(); i++) {
            Caution caution = option.cautions().get(i);
            resolve(file, "cautions[" + i + "].sources", caution.sourceIds(), sourceIds, problems);
            if (!cautionIds.add(caution.id())) {
                problems.add(new EvidenceProblem(file, "cautions[" + i + "].id", "duplicate caution id"));
            }
        }
    }

    static void checkEveryOptionOnce(
            List<EvidenceFile> files, List<OptionEvidence> options, List<EvidenceProblem> problems) {
        Set<String> fileNames = files.stream().map(EvidenceFile::name).collect(Collectors.toSet());
        Set<OptionId> seen = new HashSet<>();
        options.forEach(option -> {
            if (!seen.add(option.id())) {
                problems.add(new EvidenceProblem(
                        EvidenceReader.fileNameOf(option.id()), "id", "option described in more than one file"));
            }
        });
        for (OptionId id : OptionId.values()) {
            String name = EvidenceReader.fileNameOf(id);
            if (!fileNames.contains(name)) {
                problems.add(new EvidenceProblem(name, "", "missing: every option of spec/options.md needs a file"));
            }
        }
        Set<String> expectedNames =
                Arrays.stream(OptionId.values()).map(EvidenceReader::fileNameOf).collect(Collectors.toSet());
        fileNames.stream()
                .filter(name -> !expectedNames.contains(name))
                .sorted()
                .forEach(name -> problems.add(new EvidenceProblem(name, "", "not an option id of spec/options.md")));
    }

    static void checkConditionGuide(
            String file, ConditionGuide guide, boolean everyItemRead, List<EvidenceProblem> problems) {
        if (!everyItemRead) {
            return;
        }
        Set<String> sourceIds = uniqueSourceIds(file, guide.sources(), problems);
        Set<String> sectionIds = new HashSet<>();
        for (int i = 0; i < guide.sections().size(); i++) {
            GuideSection section = guide.sections().get(i);
            if (!sectionIds.add(section.id())) {
                problems.add(new EvidenceProblem(file, "sections[" + i + "].id", "duplicate section id"));
            }
            for (int j = 0; j < section.facts().size(); j++) {
                resolve(
                        file,
                        "sections[" + i + "].facts[" + j + "].sources",
                        section.facts().get(j).sourceIds(),
                        sourceIds,
                        problems);
            }
        }
        ConditionGuide.REQUIRED_SECTIONS.stream()
                .filter(required -> !sectionIds.contains(required))
                .forEach(missing -> problems.add(
                        new EvidenceProblem(file, "sections", "missing the required section '" + missing + "'")));
    }

    private static Set<String> uniqueSourceIds(String file, List<Source> sources, List<EvidenceProblem> problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!ids.add(sources.get(i).id())) {
                problems.add(new EvidenceProblem(file, "sources[" + i + "].id", "duplicate source id"));
            }
        }
        return ids;
    }

    private static void resolve(
            String file, String field, List<String> references, Set<String> known, List<EvidenceProblem> problems) {
        references.stream()
                .filter(reference -> !known.contains(reference))
                .forEach(reference -> problems.add(
                        new EvidenceProblem(file, field, "unknown source id '" + reference + "'; add it to sources")));
    }
}
