package org.backcare.benchmark;

import static org.backcare.intake.Region.LOWER_BACK;
import static org.backcare.intake.Region.UPPER_BACK;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.backcare.AnIntake;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening + ranking + planning for one intake, the knowledge base already loaded.
 * Run with {@code bench/plan-benchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {
    private CarePlanner planner;
    private Intake deskWorker;
    private final LocalDate start = LocalDate.of(2026, 12, 1);

    @Setup
    public void loadKnowledge() {
        planner = new CarePlanner(KnowledgeFiles.bundled());
        deskWorker = AnIntake.aged(42)
                .hurting(UPPER_BACK, 5, 10, "rounded-shoulders", "knots", "neck-stiffness").causedBy("sitting")
                .hurting(LOWER_BACK, 3, 10, "stiffness").causedBy("sitting")
                .living("desk-work", "stress").wanting("pain-relief", "posture").build();
    }

    @Benchmark
    public CarePlan planForADeskWorker() {
        return planner.plan(deskWorker, start);
    }
}
