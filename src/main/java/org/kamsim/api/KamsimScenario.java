package org.kamsim.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kamsim.analysis.Comparison;
import org.kamsim.analysis.Runs;
import org.kamsim.analysis.Sensitivity;
import org.kamsim.analysis.StressTest;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.OptimiseException;
import org.kamsim.optimise.OptimiseProgress;
import org.kamsim.optimise.Optimiser;
import org.kamsim.output.CompareFiles;
import org.kamsim.output.OptimiseWriter;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.RunInfo;
import org.kamsim.output.ScenarioFile;
import org.kamsim.output.ScoreFiles;
import org.kamsim.output.SensitivityFiles;
import org.kamsim.output.StressFiles;
import org.kamsim.scenario.FieldOverride;
import org.kamsim.scenario.InputError;
import org.kamsim.scenario.InputException;
import org.kamsim.scenario.ScenarioLoader;
import org.kamsim.simulation.BlockExecutor;
import org.kamsim.simulation.Precision;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.Workers;

/**
 * A scenario ready to run: the validated {@link Scenario} with how to run it (trials, seed, worker threads,
 * who is told the progress). Immutable: every {@code with...} returns a new one, validated at once, so that
 * a bad change fails where it is made, with the message the command line prints for it.
 *
 * <p>A scenario read from a file keeps the file and the changes made to it ({@link #with}), each applied to
 * the file's tree as {@code --set FIELD=VALUE} is, then validated with the rest: a change is the same change,
 * with the same errors, as on the command line. Each change reads the file again.
 *
 * <p>Every run ({@link #simulate}, {@link #optimise}, {@link #compare}, {@link #stress}, {@link #sensitivity})
 * computes in memory on worker threads of its own, which it shuts down before it returns; nothing is written
 * until the run's {@code write}. A run whose thread is interrupted stops between blocks of trials and throws
 * {@link java.util.concurrent.CancellationException} (the thread's interrupt status stays set).
 */
public final class KamsimScenario {
  /** The scenario file (or, for one built in code, where it is taken to be); null for a wrapped model. */
  private final Path file;
  /** The text of a scenario built in code; null to read {@link #file}. */
  private final byte[] text;
  private final List<FieldOverride> overrides;
  private final Integer trials;
  private final Long seed;
  private final int threads;
  private final ProgressListener listener;
  private final List<String> command;
  /** The scenario as loaded, before {@link #trials} and {@link #seed}. */
  private final Scenario loaded;
  /** What {@code scenario.yaml} and {@code run.json} hold; null for a wrapped model. */
  private final ScenarioFile saved;

  private KamsimScenario(Path file, byte[] text, List<FieldOverride> overrides, Integer trials, Long seed,
      int threads, ProgressListener listener, List<String> command, Scenario loaded, ScenarioFile saved) {
    this.file = file;
    this.text = text;
    this.overrides = List.copyOf(overrides);
    this.trials = trials;
    this.seed = seed;
    this.threads = threads;
    this.listener = listener;
    this.command = List.copyOf(command);
    this.loaded = loaded;
    this.saved = saved;
  }

  /** {@code file} (its text {@code text}, or read when null) with {@code overrides}; see {@link Kamsim}. */
  static KamsimScenario load(Path file, byte[] text, List<FieldOverride> overrides) {
    return new KamsimScenario(file, text, overrides, null, null, Runtime.getRuntime().availableProcessors(),
        ProgressListener.NONE, List.of(), null, null).reload(overrides);
  }

  /** {@code model} as it is; see {@link Kamsim#scenario(Scenario)}. */
  static KamsimScenario wrap(Scenario model) {
    return new KamsimScenario(null, null, List.of(), null, null, Runtime.getRuntime().availableProcessors(),
        ProgressListener.NONE, List.of(), Objects.requireNonNull(model, "model"), null);
  }

  private KamsimScenario reload(List<FieldOverride> changes) {
    ScenarioLoader.Loaded read;
    try {
      read = ScenarioLoader.loadText(file, text, changes);
    } catch (InputException e) {
      throw new ScenarioException(e.errors().stream().map(InputError::toString).toList());
    }
    return new KamsimScenario(file, text, changes, trials, seed, threads, listener, command, read.scenario(),
        ScenarioFile.of(file, read.bytes()));
  }

  // ---- what it is

  /** The scenario's name (its {@code name} field, else its file's name). */
  public String name() {
    return loaded.name();
  }

  /** The trials a run makes. */
  public int trials() {
    return model().trials();
  }

  /** The master seed. */
  public long seed() {
    return model().seed();
  }

  /** The worker threads a run uses (results do not depend on them). */
  public int threads() {
    return threads;
  }

  /** The validated scenario, with the trials and seed set here. */
  public Scenario model() {
    Scenario s = trials != null ? loaded.withTrials(trials) : loaded;
    return seed != null ? s.withSeed(seed) : s;
  }

  /** The scenario file as named when loaded; empty for a scenario wrapped from the model's records. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The changes made by {@link #with}, in order, as {@code --set} would make them. */
  public List<FieldOverride> changes() {
    return overrides;
  }

  // ---- changes

  /**
   * This scenario with the field at dotted path {@code field} set to {@code value}, exactly as
   * {@code --set field=value} sets it: the value is written as YAML (a {@link Number} as a plain decimal, a
   * {@link Boolean} as true/false, a {@link String} as the YAML text it is, as after {@code --set field=}, a
   * {@link List} or {@link Map} as a flow collection whose strings are quoted, null as empty) and validated
   * with the whole scenario.
   *
   * @throws ScenarioException (an {@link IllegalArgumentException}) naming the field and the value, if the
   *     field does not exist or the value is not valid for it
   * @throws UnsupportedOperationException for a scenario wrapped from the model's records, which has no
   *     file to change: build the change into the records
   */
  public KamsimScenario with(String field, Object value) {
    return with(new FieldOverride(field, yaml(value, false)));
  }

  /** This scenario with {@code override} applied after the changes made so far (see {@link #with}). */
  public KamsimScenario with(FieldOverride override) {
    if (file == null) {
      throw new UnsupportedOperationException("with(" + override.field() + "): a scenario built from the model's "
          + "records has no file to change; change the records, or start from a file (Kamsim.scenario(path))");
    }
    List<FieldOverride> changes = new ArrayList<>(overrides);
    changes.add(override);
    return reload(changes);
  }

  /**
   * This scenario run with {@code n} trials.
   *
   * @throws IllegalArgumentException naming {@code trials} and the value, if out of [1, MAX_TRIALS] or more
   *     trial-months than the engine holds
   */
  public KamsimScenario withTrials(int n) {
    if (n < 1 || n > Scenario.MAX_TRIALS) {
      throw new IllegalArgumentException("trials: must be in [1, " + Scenario.MAX_TRIALS + "], was " + n);
    }
    if ((long) n * loaded.horizonMonths() > Scenario.MAX_TRIAL_MONTHS) {
      throw new IllegalArgumentException("trials: " + n + " trials x " + loaded.horizonMonths()
          + " months is more than the engine holds (" + Scenario.MAX_TRIAL_MONTHS + " trial-months)");
    }
    return new KamsimScenario(file, text, overrides, n, seed, threads, listener, command, loaded, saved);
  }

  /** This scenario run with master seed {@code s}. */
  public KamsimScenario withSeed(long s) {
    return new KamsimScenario(file, text, overrides, trials, s, threads, listener, command, loaded, saved);
  }

  /**
   * This scenario run on {@code n} worker threads (default: the number of processors); results do not
   * depend on it.
   *
   * @throws IllegalArgumentException if {@code n} is out of [1, 1024]
   */
  public KamsimScenario withThreads(int n) {
    if (n < 1 || n > MAX_THREADS) {
      throw new IllegalArgumentException("threads: must be in [1, " + MAX_THREADS + "], was " + n);
    }
    return new KamsimScenario(file, text, overrides, trials, seed, n, listener, command, loaded, saved);
  }

  /** Most worker threads a run may use. */
  public static final int MAX_THREADS = 1024;

  /** This scenario with {@code progress} told how its runs get on (see {@link Progress}). */
  public KamsimScenario withProgress(Progress progress) {
    return withListener(new MonotoneProgress(progress));
  }

  /**
   * This scenario with the engine's own listener told how its runs get on, as the engine calls it (from
   * worker threads, in no particular order): for a caller that draws its own progress, as the command line
   * does. Most callers want {@link #withProgress}.
   */
  public KamsimScenario withListener(ProgressListener progress) {
    return new KamsimScenario(file, text, overrides, trials, seed, threads, Objects.requireNonNull(progress),
        command, loaded, saved);
  }

  /** This scenario with {@code commandLine} recorded as the command of its runs in {@code run.json}. */
  public KamsimScenario withCommand(List<String> commandLine) {
    return new KamsimScenario(file, text, overrides, trials, seed, threads, listener, commandLine, loaded, saved);
  }

  // ---- runs

  /**
   * The trials that bring the standard errors of mean revenue and mean profit within {@code targetPercent}
   * percent of the means (the first stage of {@code --precision}); set them with {@link #withTrials}.
   *
   * @param maxTrials the most trials to try
   */
  public Precision trialsForPrecision(double targetPercent, int maxTrials) {
    Scenario s = model();
    return onWorkers(pool -> new Simulator(pool, listener).trialsForPrecision(s, targetPercent, maxTrials));
  }

  /**
   * Simulates the scenario with as many trials as bring the standard errors of mean revenue and mean profit
   * within {@code targetPercent} percent of the means ({@code --precision}): a first stage finds the trials
   * ({@link #trialsForPrecision}), then they are simulated in full; the summary records the target and whether
   * it was met ({@code precision}).
   *
   * @param maxTrials the most trials to try
   * @param found told what the first stage found, before the full run starts (null: nobody)
   */
  public SimulationRun simulateToPrecision(double targetPercent, int maxTrials, Consumer<Precision> found) {
    Scenario s = model();
    return timed(asCommand("simulate", List.of("--precision", Double.toString(targetPercent), "--max-trials",
        Integer.toString(maxTrials))), (pool, clock) -> {
      Simulator simulator = new Simulator(pool, listener);
      Precision stage = simulator.trialsForPrecision(s, targetPercent, maxTrials);
      if (found != null) {
        found.accept(stage);
      }
      SimulationResult result = simulator.run(s.withTrials(stage.trials()));
      RunInfo info = clock.info();
      return new SimulationRun(this, info, ResultWriter.files(result, Optional.of(stage), info));
    });
  }

  /** Simulates the scenario. */
  public SimulationRun simulate() {
    Scenario s = model();
    return timed(asCommand("simulate", List.of()), (pool, clock) -> {
      SimulationResult result = new Simulator(pool, listener).run(s);
      RunInfo info = clock.info();
      return new SimulationRun(this, info, ResultWriter.files(result, Optional.empty(), info));
    });
  }

  /**
   * Simulates the scenario with its blocks of trials computed by {@code blocks} (a Spark cluster, say) and the
   * rest on this scenario's threads: the same results, bit for bit, as {@link #simulate()}.
   */
  public SimulationRun simulate(BlockExecutor blocks) {
    Scenario s = model();
    return timed(asCommand("simulate", List.of()), (pool, clock) -> {
      SimulationResult result = new Simulator(pool, blocks, listener).run(s);
      RunInfo info = clock.info();
      return new SimulationRun(this, info, ResultWriter.files(result, Optional.empty(), info));
    });
  }

  /**
   * The scenario as text, to be read into the same model on a machine without its files ({@link
   * PortableScenario}); reads the portfolio file again.
   *
   * @throws UnsupportedOperationException for a scenario wrapped from the model's records, which has no text
   * @throws IllegalStateException if the portfolio file changed since the scenario was loaded
   */
  public PortableScenario portable() {
    if (saved == null) {
      throw new UnsupportedOperationException("portable(): a scenario built from the model's records has no "
          + "text; start from a file (Kamsim.scenario(path))");
    }
    return PortableScenario.of(file, saved.bytes(), model());
  }

  /** Searches the best key set and headcount ({@code optimise}) with the scenario's own search settings. */
  public OptimisationRun optimise() {
    return optimise(Optimiser.Options.defaults(), new OptimiseProgress() {
      @Override
      public void trials(String phase, long done, long total) {
        listener.progress(done, total);
      }
    });
  }

  /**
   * Searches the best key set and headcount with {@code options} over the scenario's search settings,
   * telling {@code progress}, then simulates the chosen plan on the fresh validation trials.
   *
   * @throws ScenarioException if the scenario gives the search nothing to search (the message the command
   *     line prints, naming the file)
   */
  public OptimisationRun optimise(Optimiser.Options options, OptimiseProgress progress) {
    return optimise(options, progress, null);
  }

  /**
   * As {@link #optimise(Optimiser.Options, OptimiseProgress)}, with the fresh trials' blocks computed by the
   * executors {@code blocks} makes (a Spark cluster's, say): one for the validation sample's scenario, one for
   * the chosen plan's simulation (given that scenario with the plan named as its key set and headcount, so
   * that it has a text form; the engine runs the very plan either way). An executor that is
   * {@link AutoCloseable} is closed after its pass. The search stays on this scenario's threads. The same
   * results, bit for bit.
   *
   * @param blocks the executor of each validation pass's blocks; null for this scenario's threads
   */
  public OptimisationRun optimise(Optimiser.Options options, OptimiseProgress progress,
      Function<Scenario, BlockExecutor> blocks) {
    Scenario s = model();
    return timed(asCommand("optimise", List.of()), (pool, clock) -> {
      OptimisationResult result;
      try {
        result = Optimiser.run(s, options, pool, blocks, progress);
      } catch (OptimiseException e) {
        throw new ScenarioException(List.of((file != null ? file.toString() : s.name()) + ": " + e.getMessage()));
      }
      progress.phase("simulating the chosen plan on the " + result.validationTrials() + " fresh trials");
      Scenario chosen = s.withPlan(result.optimised().plan())
          .withSeed(result.validationSeed()).withTrials(result.validationTrials());
      ProgressListener chosenProgress = (done, total) -> progress.trials("chosen plan", done, total);
      SimulationResult simulated;
      if (blocks == null) {
        simulated = new Simulator(pool, chosenProgress).run(chosen);
      } else {
        BlockExecutor b = blocks.apply(chosen.withPlanAsKeys(chosen.plan()));
        try {
          simulated = new Simulator(pool, b, chosenProgress).run(chosen);
        } finally {
          BlockExecutor.close(b);
        }
      }
      RunInfo info = clock.info();
      return new OptimisationRun(this, info, result, OptimiseWriter.files(result, simulated, info));
    });
  }

  /**
   * Runs this scenario (the base) and {@code others}, and compares each with the base, per trial where the
   * runs are paired (same portfolio, horizon, trials and seed). The base's threads and progress are used.
   */
  public ComparisonRun compare(KamsimScenario... others) {
    return compare(Arrays.asList(others), "");
  }

  /**
   * As {@link #compare(KamsimScenario...)}, with {@code note} shown in the report under its setup (what
   * {@code --precision} chose; empty for none).
   *
   * @throws IllegalArgumentException if no other scenario is given, or one file is given twice
   */
  public ComparisonRun compare(List<KamsimScenario> others, String note) {
    return compare(others, note, null);
  }

  /**
   * As {@link #compare(List, String)}, with each scenario's blocks of trials computed by the executor
   * {@code blocks} makes for it (a Spark cluster's, say; see {@link Runs}): the same results, bit for bit.
   *
   * @param blocks the executor of each scenario's blocks; null for this scenario's threads
   */
  public ComparisonRun compare(List<KamsimScenario> others, String note, Function<Scenario, BlockExecutor> blocks) {
    if (others.isEmpty()) {
      throw new IllegalArgumentException("compare: needs at least one other scenario");
    }
    List<KamsimScenario> all = new ArrayList<>();
    all.add(this);
    all.addAll(others);
    List<String> names = all.stream().map(KamsimScenario::name).toList();
    List<String> given = all.stream().map(k -> k.file != null ? k.file.toString() : k.name()).toList();
    List<String> labels = CompareFiles.labels(names, given);
    if (labels == null) {
      throw new IllegalArgumentException("compare: a file is given twice, was " + String.join(" ", given));
    }
    List<Scenario> models = all.stream().map(KamsimScenario::model).toList();
    List<ScenarioFile> files = all.stream().allMatch(k -> k.saved != null)
        ? all.stream().map(k -> k.saved).toList() : List.of();
    List<String> othersGiven = given.subList(1, given.size());
    return timed(asCommand("compare", othersGiven), (pool, clock) -> {
      Comparison comparison = Comparison.of(new Runs(pool, blocks, listener).run(models));
      CompareFiles.Tables tables = CompareFiles.tables(comparison, labels, given);
      return new ComparisonRun(this, clock.info(), comparison, tables, files, note);
    });
  }

  /** The stress test at the default depth (10 accounts, or all if fewer), losing them in month 1. */
  public StressRun stress() {
    return stress(Math.min(StressTest.DEFAULT_DEPTH, loaded.portfolio().size()), 1);
  }

  /** The stress test to {@code depth} accounts, losing them in month 1 (as {@code kamsim stress --depth}). */
  public StressRun stress(int depth) {
    return stress(depth, 1);
  }

  /**
   * The stress test: lose the top 1..{@code depth} accounts in {@code month}, and the reverse stress test.
   *
   * @throws IllegalArgumentException naming {@code depth} or {@code month} if out of range
   */
  public StressRun stress(int depth, int month) {
    return stress(depth, month, null);
  }

  /**
   * As {@link #stress(int, int)}, with each run's blocks of trials computed by the executor {@code blocks}
   * makes for its scenario (see {@link Runs}): the same results, bit for bit.
   *
   * @param blocks the executor of each run's blocks; null for this scenario's threads
   */
  public StressRun stress(int depth, int month, Function<Scenario, BlockExecutor> blocks) {
    Scenario s = model();
    int accounts = s.portfolio().size();
    if (depth < 1 || depth > accounts) {
      throw new IllegalArgumentException("depth: must be in [1, " + accounts + "] (the portfolio's accounts), was "
          + depth);
    }
    if (month < 1 || month > s.horizonMonths()) {
      throw new IllegalArgumentException("month: must be in [1, " + s.horizonMonths()
          + "] (the scenario's horizon_months), was " + month);
    }
    return timed(asCommand("stress", List.of("--depth", Integer.toString(depth), "--month",
        Integer.toString(month))), (pool, clock) -> {
      StressTest test = StressTest.run(s, depth, month, new Runs(pool, blocks, listener));
      return new StressRun(this, clock.info(), test, StressFiles.tables(test), month);
    });
  }

  /** The one-at-a-time sensitivity of the scenario's measure (its {@code sensitivity.measure}). */
  public SensitivityRun sensitivity() {
    return sensitivity(model().sensitivity().measure());
  }

  /**
   * The sensitivity of {@code measure} (a name {@code --measure} takes: incremental_profit, profit, ...).
   *
   * @throws IllegalArgumentException naming the measure if there is none of that name
   */
  public SensitivityRun sensitivity(String measure) {
    SensitivityMeasure parsed = SensitivityMeasure.parse(measure);
    if (parsed == null) {
      throw new IllegalArgumentException("measure: " + SensitivityMeasure.unknown(measure));
    }
    return sensitivity(parsed);
  }

  /** The sensitivity of {@code measure}. */
  public SensitivityRun sensitivity(SensitivityMeasure measure) {
    return sensitivity(measure, null);
  }

  /**
   * As {@link #sensitivity(SensitivityMeasure)}, with each run's blocks of trials computed by the executor
   * {@code blocks} makes for its scenario (see {@link Runs}): the same results, bit for bit.
   *
   * @param blocks the executor of each run's blocks; null for this scenario's threads
   */
  public SensitivityRun sensitivity(SensitivityMeasure measure, Function<Scenario, BlockExecutor> blocks) {
    Scenario s = model();
    return timed(asCommand("sensitivity", List.of("--measure", measure.text())), (pool, clock) -> {
      Sensitivity result = Sensitivity.run(s, measure, new Runs(pool, blocks, listener));
      return new SensitivityRun(this, clock.info(), result, SensitivityFiles.table(result));
    });
  }

  /** The accounts' scores and tiers ({@code scores.csv}), computed from the portfolio: no simulation. */
  public tech.tablesaw.api.Table scores() {
    return score().table();
  }

  /** The scoring ({@code kamsim score}) as a run: its table and {@code write}. */
  public ScoreRun score() {
    Scenario s = model();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    var table = ScoreFiles.table(s);
    List<String> recorded = command.isEmpty() ? asCommand("score", List.of()) : command;
    return new ScoreRun(this, new RunInfo(1, started, Duration.ofNanos(System.nanoTime() - t0), recorded, saved),
        table);
  }

  // ---- running

  /** What a run's {@code run.json} says of how it was made, once its computation is done. */
  interface Clock {
    RunInfo info();
  }

  /** A run's computation on the worker threads, given how to date it. */
  @FunctionalInterface
  interface Work<T> {
    T run(ExecutorService pool, Clock clock);
  }

  /**
   * Runs {@code work}, dating it; its {@code run.json} records the command line the caller set with
   * {@link #withCommand}, else {@code reproducing}: the command line that gives the same run.
   */
  private <T> T timed(List<String> reproducing, Work<T> work) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<String> recorded = command.isEmpty() ? reproducing : command;
    Clock clock = () -> new RunInfo(threads, started, Duration.ofNanos(System.nanoTime() - t0), recorded, saved);
    return onWorkers(pool -> work.run(pool, clock));
  }

  /**
   * The {@code kamsim} command line that runs what this scenario's {@code verb} runs: its file, each change
   * as {@code --set} (so that the report says it is a what-if), {@code after} (the other files of a
   * comparison, the options of the run), then the trials and seed set on it and the threads (not for
   * {@code score}, which takes none of them). A scenario wrapped from the
   * model's records has no file: its name stands in, in angle brackets.
   */
  List<String> asCommand(String verb, List<String> after) {
    List<String> line = new ArrayList<>(List.of("kamsim", verb,
        file != null ? file.toString() : "<" + name() + ">"));
    for (FieldOverride o : overrides) {
      line.add("--set");
      line.add(o.field() + "=" + o.value());
    }
    line.addAll(after);
    if (verb.equals("score")) { // it simulates nothing: no trials, seed or threads to give
      return line;
    }
    if (trials != null) {
      line.addAll(List.of("--trials", Integer.toString(trials)));
    }
    if (seed != null) {
      line.addAll(List.of("--seed", Long.toString(seed)));
    }
    line.addAll(List.of("--threads", Integer.toString(threads)));
    return line;
  }

  /**
   * Runs {@code work} on a pool of this scenario's threads, and shuts the pool down before returning or
   * throwing, waiting for its threads to end, so that a run (a cancelled one too) leaves no thread behind.
   */
  <T> T onWorkers(Function<ExecutorService, T> work) {
    ExecutorService pool = Workers.pool(threads);
    try {
      return work.apply(pool);
    } finally {
      pool.shutdownNow();
      awaitQuietly(pool);
    }
  }

  /**
   * Waits for {@code pool}'s threads to end (a block in progress finishes in milliseconds), even if this
   * thread was interrupted, whose status is then set again for the caller.
   */
  static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = Thread.interrupted();
    try {
      while (true) {
        try {
          pool.awaitTermination(10, TimeUnit.SECONDS);
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The scenario file as read (or resolved, with changes) when loaded: what {@code scenario.yaml} and
   * {@code run.json} hold; null for a scenario wrapped from the model's records.
   */
  public ScenarioFile scenarioFile() {
    return saved;
  }

  ProgressListener listener() {
    return listener;
  }

  List<String> command() {
    return command;
  }

  // ---- values as YAML

  /**
   * {@code value} as the YAML text of {@code --set}: see {@link #with}. Inside a collection ({@code nested})
   * a string is double-quoted, so that a comma or a colon in it stays part of it.
   */
  static String yaml(Object value, boolean nested) {
    if (value == null) {
      return nested ? "null" : "";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        return ".nan";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? ".inf" : "-.inf";
      }
      String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    if (value instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof CharSequence s) {
      return nested ? quoted(s.toString()) : s.toString();
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(yaml(item, true));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        entries.add(quoted(String.valueOf(e.getKey())) + ": " + yaml(e.getValue(), true));
      }
      return "{" + String.join(", ", entries) + "}";
    }
    throw new IllegalArgumentException("expected a Number, String, Boolean, List or Map, was "
        + value.getClass().getName() + " " + value);
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** A {@link Progress} told counts that never go down within a stage, one call at a time. */
  private static final class MonotoneProgress implements ProgressListener {
    private final Progress progress;
    private long total = -1;
    private long last = -1;

    MonotoneProgress(Progress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public synchronized void progress(long done, long of) {
      if (of != total) {
        total = of;
        last = -1;
      }
      if (done > last) {
        last = done;
        progress.progress(done, of);
      }
    }
  }
}
