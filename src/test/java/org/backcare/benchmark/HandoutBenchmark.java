package org.backcare.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.backcare.report.PlanHandout;
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
 * The desk worker's printable handout (PDF, with the back diagram drawn by Batik), the plan already made: what
 * {@code GET /api/clients/{id}/handout.pdf} spends besides reading the records. Run with
 * {@code bench/plan-benchmark Handout} (add {@code -prof gc} for the bytes allocated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class HandoutBenchmark {
    private Intake intake;
    private CarePlan plan;

    @Setup
    public void plan() {
        var knowledge = KnowledgeFiles.bundled();
        intake = IntakeFile.read(Path.of("examples/desk-worker.yaml"), knowledge.vocabulary()).intake();
        plan = new CarePlanner(knowledge).plan(intake, LocalDate.of(2026, 12, 1));
    }

    @Benchmark
    public byte[] handout() throws IOException {
        return PlanHandout.pdf(plan, intake);
    }
}
