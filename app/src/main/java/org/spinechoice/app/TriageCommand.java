package org.spinechoice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.triage.IntakeRequest;
import org.spinechoice.app.triage.TriageJson;
import org.spinechoice.triage.Triage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Triages one intake from a file or standard input and prints the result as JSON, without starting the web server
 * or touching the database. Exit 0 with the triage, 2 with the problem document on bad input.
 */
@Command(
        name = "triage",
        mixinStandardHelpOptions = true,
        description = "Read an intake (JSON, see spec/intake-and-triage.md) and print the triage result as JSON.")
final class TriageCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the intake file, or - for standard input")
    String file;

    private final InputStream stdin;

    TriageCommand() {
        this(System.in);
    }

    TriageCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        String body;
        try {
            body = file.equals("-")
                    ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            System.err.println("No such file: " + file);
            return BAD_INPUT;
        } catch (IOException e) {
            System.err.println("Cannot read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        }
        ObjectMapper json = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        IntakeRequest.Outcome outcome = new IntakeRequest(json).read(body);
        if (outcome instanceof IntakeRequest.Accepted accepted) {
            System.out.println(Json.write(
                    json, TriageJson.of(Triage.assess(accepted.intake().triageInput()))));
            return 0;
        }
        System.out.println(Json.write(json, ((IntakeRequest.Rejected) outcome).problem()));
        return BAD_INPUT;
    }
}
