package org.backcare.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.backcare.report.PlanJson;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The work of one {@code POST /api/plan} without HTTP, step by step, on the load test's body: read the intake,
 * plan, write its JSON as bytes. Run with {@code bench/plan-benchmark PlanRequest} (add {@code -prof gc} for the
 * bytes each step allocates).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanRequestBenchmark {
    private final LocalDate start = LocalDate.of(2026, 12, 1);
    private KnowledgeBase knowledge;
    private CarePlanner planner;
    private PlanJson planJson;
    private byte[] body;
    private Intake intake;
    private CarePlan plan;

    @Setup
    public void readTheLoadTestsBody() throws IOException {
        knowledge = KnowledgeFiles.bundled();
        planner = new CarePlanner(knowledge);
        planJson = new PlanJson(knowledge);
        body = Files.readAllBytes(Path.of("bench/desk-worker.json"));
        intake = readIntake();
        plan = planner.plan(intake, start);
    }

    @Benchmark
    public Intake readIntake() {
        JsonNode json = JsonBody.parse(body);
        return IntakeFile.fromTree(json, knowledge.vocabulary()).intake();
    }

    @Benchmark
    public CarePlan plan() {
        return planner.plan(intake, start);
    }

    @Benchmark
    public void writeJson(Blackhole sent) throws IOException {
        planJson.compact(plan, (bytes, length) -> sent.consume(bytes[length - 1]));
    }

    @Benchmark
    public void wholeRequest(Blackhole sent) throws IOException {
        planJson.compact(planner.plan(readIntake(), start), (bytes, length) -> sent.consume(bytes[length - 1]));
    }
}
