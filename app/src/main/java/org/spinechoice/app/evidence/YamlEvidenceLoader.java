package org.spinechoice.app.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.EvidenceFile;
import org.spinechoice.evidence.EvidenceLoad;
import org.spinechoice.evidence.EvidenceProblem;
import org.spinechoice.evidence.EvidenceReader;
import org.spinechoice.vocabulary.OptionId;

/**
 * Reads the evidence base's YAML files, from a folder (every file in it, so strays are caught) or from the copy
 * packaged in the jar, and hands the parsed trees to the core reader.
 */
public final class YamlEvidenceLoader {

    private static final String CLASSPATH_ROOT = "knowledge/";
    private final YAMLMapper yaml = new YAMLMapper();

    /** Loads from {@code folder}, reading every {@code .yaml} file in its options folder. */
    public EvidenceBase loadFolder(Path folder) {
        List<EvidenceProblem> parseProblems = new ArrayList<>();
        List<EvidenceFile> optionFiles = new ArrayList<>();
        Path options = folder.resolve(EvidenceReader.OPTIONS_FOLDER);
        try (Stream<Path> files = Files.list(options)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                String name = EvidenceReader.OPTIONS_FOLDER + file.getFileName();
                optionFiles.add(parse(name, Files.readAllBytes(file), parseProblems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the evidence folder " + options, e);
        }
        Path guide = folder.resolve(EvidenceReader.CONDITION_GUIDE_FILE);
        EvidenceFile guideFile = parse(EvidenceReader.CONDITION_GUIDE_FILE, readIfPresent(guide), parseProblems);
        return validate(optionFiles, guideFile, parseProblems);
    }

    /** Loads the copy of the evidence base packaged with the application. */
    public EvidenceBase loadPackaged() {
        List<EvidenceProblem> parseProblems = new ArrayList<>();
        List<EvidenceFile> optionFiles = new ArrayList<>();
        for (OptionId option : OptionId.values()) {
            String name = EvidenceReader.fileNameOf(option);
            byte[] content = readResource(CLASSPATH_ROOT + name);
            if (content != null) {
                optionFiles.add(parse(name, content, parseProblems));
            }
        }
        String guideName = EvidenceReader.CONDITION_GUIDE_FILE;
        EvidenceFile guide = parse(guideName, readResource(CLASSPATH_ROOT + guideName), parseProblems);
        return validate(optionFiles, guide, parseProblems);
    }

    private static EvidenceBase validate(
            List<EvidenceFile> optionFiles, EvidenceFile guide, List<EvidenceProblem> parseProblems) {
        EvidenceLoad load = EvidenceReader.read(optionFiles, guide);
        List<EvidenceProblem> problems = new ArrayList<>(parseProblems);
        if (load instanceof EvidenceLoad.Rejected rejected) {
            // A file that could not be parsed has already said so; the reader's view of it adds only noise.
            var unparsable = parseProblems.stream().map(EvidenceProblem::file).toList();
            rejected.problems().stream()
                    .filter(problem -> !unparsable.contains(problem.file()))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(problems);
        }
        return ((EvidenceLoad.Loaded) load).evidence();
    }

    private EvidenceFile parse(String name, byte[] content, List<EvidenceProblem> problems) {
        if (content == null) {
            problems.add(new EvidenceProblem(name, "", "file not found"));
            return new EvidenceFile(name, null);
        }
        try {
            return new EvidenceFile(name, yaml.readValue(content, Object.class));
        } catch (JsonProcessingException e) {
            problems.add(new EvidenceProblem(
                    name,
                    "",
                    "not valid YAML: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ")")));
            return new EvidenceFile(name, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static byte[] readIfPresent(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static byte[] readResource(String name) {
        try (InputStream in = YamlEvidenceLoader.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
