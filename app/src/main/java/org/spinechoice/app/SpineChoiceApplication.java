package org.spinechoice.app;

import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar spinechoice.jar}. Without a command it serves the app, so
 * {@code java -jar spinechoice.jar --port 9090} works like {@code serve --port 9090}.
 */
public final class SpineChoiceApplication {

    private static final List<String> TOP_LEVEL_OPTIONS = List.of("-h", "--help", "-V", "--version");

    private SpineChoiceApplication() {}

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new SpineChoiceCommand());
        int exitCode = commandLine.execute(withDefaultCommand(commandLine, args));
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
        boolean namesCommand = args.length > 0
                && (commandLine.getSubcommands().containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]));
        return namesCommand
                ? args
                : Stream.concat(Stream.of("serve"), Stream.of(args)).toArray(String[]::new);
    }
}
