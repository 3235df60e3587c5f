package org.spinechoice.app.evidence;

import java.util.List;
import java.util.stream.Collectors;
import org.spinechoice.evidence.EvidenceProblem;

/** The evidence base cannot be used: it lists every problem, each naming file and field. */
public final class InvalidEvidenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<EvidenceProblem> problems;

    public InvalidEvidenceException(List<EvidenceProblem> problems) {
        super("The evidence base has " + problems.size() + " problem(s):\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<EvidenceProblem> problems() {
        return problems;
    }
}
