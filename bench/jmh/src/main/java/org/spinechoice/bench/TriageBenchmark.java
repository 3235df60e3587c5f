package org.spinechoice.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.spinechoice.app.evidence.YamlEvidenceLoader;
import org.spinechoice.decision.Evaluation;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.triage.Intake;
import org.spinechoice.triage.IntakeReader;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.Preference;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.WarningSign;

/**
 * Throughput of the clinical core on one thread: triage alone, and triage plus the evaluation of all 14 options
 * against the real evidence base, over a fixed, varied set of intakes (a third with a warning sign). The evaluator is
 * made once in set-up, as the app makes it once at start-up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TriageBenchmark {

    private static final int INTAKES = 256;

    private OptionEvaluator evaluator;
    private List<Map<String, Object>> trees;
    private List<Intake> intakes;
    private int next;

    @Setup
    public void setUp() {
        EvidenceBase evidence = new YamlEvidenceLoader().loadPackaged();
        evaluator = new OptionEvaluator(evidence);
        Random random = new Random(42);
        trees = new ArrayList<>();
        intakes = new ArrayList<>();
        for (int i = 0; i < INTAKES; i++) {
            Map<String, Object> tree = randomIntake(random);
            trees.add(tree);
            intakes.add(((IntakeReading.Valid) IntakeReader.read(tree)).intake());
        }
    }

    @Benchmark
    public TriageResult triage() {
        return Triage.assess(intakes.get(next++ & (INTAKES - 1)).triageInput());
    }

    @Benchmark
    public Evaluation triageAndEvaluateAllOptions() {
        return evaluator.evaluate(intakes.get(next++ & (INTAKES - 1)));
    }

    @Benchmark
    public Evaluation readValidateTriageAndEvaluate() {
        IntakeReading reading = IntakeReader.read(trees.get(next++ & (INTAKES - 1)));
        return evaluator.evaluate(((IntakeReading.Valid) reading).intake());
    }

    private static Map<String, Object> randomIntake(Random random) {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<String> regions = Coded.ids(IntakeRegion.class);
        tree.put("region", regions.get(random.nextInt(regions.size())));
        tree.put("age", 40 + random.nextInt(50));
        tree.put("symptoms", pick(random, Coded.ids(Symptom.class), 3));
        tree.put("warningSigns", random.nextInt(3) == 0 ? pick(random, Coded.ids(WarningSign.class), 1) : List.of());
        tree.put("healthFactors", pick(random, Coded.ids(HealthFactor.class), 2));
        Map<String, Object> preferences = new LinkedHashMap<>();
        for (String preference : Coded.ids(Preference.class)) {
            preferences.put(preference, random.nextInt(5));
        }
        tree.put("preferences", preferences);
        return tree;
    }

    private static List<String> pick(Random random, List<String> ids, int most) {
        List<String> picked = new ArrayList<>();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            picked.add(ids.get(random.nextInt(ids.size())));
        }
        return picked;
    }
}
