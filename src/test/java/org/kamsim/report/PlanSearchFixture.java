package org.kamsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hand-made files of {@code kamsim optimise} (plan.json, staffing.csv, convergence.csv, frontier.csv,
 * plan.csv), in the formats the report reads, over the accounts {@code A001..A030} of the test fixtures.
 */
public final class PlanSearchFixture {
  public static final String PLAN_JSON = """
      {
        "scenario": "report-fixture",
        "objective": {"name": "mean-es", "value": 1.25E7, "stderr": 150000.0},
        "key": ["A001", "A002", "A004", "A006"],
        "headcount": 3,
        "seed": 7,
        "search_trials": 500,
        "validation_trials": 4000,
        "validation_seed": -12,
        "evaluations": 24000,
        "figures": {"mean_profit": 1.61E7, "profit_stderr": 90000.0, "es95_profit": 7.2E6,
                    "mean_revenue": 5.3E7, "probability_below_survival": 0.21},
        "baselines": [
          {"name": "status quo", "key": ["A001", "A002", "A003", "A004"], "headcount": 1,
           "objective": {"name": "mean-es", "value": 1.17E7, "stderr": 151000.0},
           "figures": {"mean_profit": 1.55E7, "profit_stderr": 91000.0, "es95_profit": 7.6E6,
                       "mean_revenue": 5.2E7, "probability_below_survival": 0.24},
           "advantage": {"value": 800000.0, "stderr": 60000.0, "ci95": [682400.0, 917600.0]}},
          {"name": "top:5", "key": ["A001", "A002", "A003", "A004", "A005"], "headcount": 2,
           "objective": {"name": "mean-es", "value": 1.24E7, "stderr": 150500.0},
           "figures": {"mean_profit": 1.60E7, "profit_stderr": 90500.0, "es95_profit": 7.2E6,
                       "mean_revenue": 5.35E7, "probability_below_survival": 0.215},
           "advantage": {"value": 100000.0, "stderr": 70000.0, "ci95": [-37200.0, 237200.0]}}
        ]
      }
      """;

  public static final String STAFFING_CSV = """
      headcount,key_accounts,load,capacity,search_objective,objective,objective_stderr,mean_profit,es95_profit,marginal_objective,marginal_stderr,marginal_ci95_low,marginal_ci95_high
      1,3,3.0,4.0,1.18E7,1.16E7,152000.0,1.54E7,7.6E6,,,,
      2,6,6.0,8.0,1.24E7,1.22E7,151000.0,1.59E7,7.4E6,600000.0,50000.0,502000.0,698000.0
      3,4,4.0,12.0,1.27E7,1.25E7,150000.0,1.61E7,7.2E6,300000.0,45000.0,211800.0,388200.0
      4,9,9.0,16.0,1.265E7,1.245E7,150000.0,1.62E7,7.5E6,-50000.0,40000.0,-128400.0,28400.0
      """;

  public static final String CONVERGENCE_CSV = """
      phase,generation,best,mean,best_headcount
      joint,1,1.10E7,0.95E7,2
      joint,2,1.18E7,1.02E7,2
      joint,3,1.22E7,1.08E7,3
      joint,4,1.25E7,1.12E7,3
      joint,5,1.26E7,1.15E7,3
      headcount 1,1,1.12E7,1.0E7,1
      headcount 1,2,1.16E7,1.05E7,1
      headcount 2,1,1.19E7,1.04E7,2
      headcount 2,2,1.22E7,1.09E7,2
      headcount 3,1,1.24E7,1.10E7,3
      headcount 3,2,1.27E7,1.14E7,3
      """;

  public static final String FRONTIER_CSV = """
      headcount,key_accounts,mean_profit,es95_profit,objective,probability_below_survival,key
      1,3,1.54E7,7.6E6,1.16E7,0.25,A001 A002 A004
      2,6,1.59E7,7.4E6,1.22E7,0.22,A001 A002 A004 A006 A007 A008
      3,4,1.61E7,7.2E6,1.25E7,0.21,A001 A002 A004 A006
      3,7,1.63E7,7.9E6,1.235E7,0.2,A001 A002 A003 A004 A005 A006 A007
      4,9,1.62E7,7.5E6,1.245E7,0.2,A001 A002 A003 A004 A005 A006 A007 A008 A009
      """;

  public static final String PLAN_CSV = """
      id,name,segment,region,revenue_today,score,key_today,key_in_plan,incremental_value
      A001,Account number 1,Industry,South,6100000.0,2.5,true,true,900000.0
      A002,Account number 2,Public,North,2900000.0,4.5,true,true,400000.0
      A003,"Smith & Sons, <Ltd>",Retail,South,1900000.0,1.5,true,false,-20000.0
      A004,Account number 4,Industry,North,1400000.0,5.5,true,true,150000.0
      A005,Account number 5,Public,South,1100000.0,6.0,false,false,
      A006,Account number 6,Retail,North,900000.0,5.0,false,true,80000.0
      """;

  /** A run.json as {@code optimise} writes it. */
  public static final String RUN_JSON = """
      {
        "engine_version": "0.1.0-test",
        "scenario": "report-fixture",
        "scenario_file": "scenarios/report-fixture.yaml",
        "scenario_sha256": null,
        "seed": 7,
        "trials": 500,
        "block_size": 1000,
        "threads": 2,
        "started_at": "2025-01-02T03:04:05Z",
        "duration_seconds": 12.5,
        "java_version": "17",
        "os": "Linux amd64",
        "command": ["kamsim", "optimise", "scenarios/report-fixture.yaml"]
      }
      """;

  private PlanSearchFixture() {}

  /** A directory of {@code optimise} results only: the five files and run.json, no summary.json. */
  public static Path writeOptimiseOnly(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir);
    Files.writeString(dir.resolve("run.json"), RUN_JSON, StandardCharsets.UTF_8);
    return dir;
  }

  /** Writes all five files into {@code dir}. */
  public static void write(Path dir) throws IOException {
    Files.writeString(dir.resolve("plan.json"), PLAN_JSON, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("staffing.csv"), STAFFING_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("convergence.csv"), CONVERGENCE_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("frontier.csv"), FRONTIER_CSV, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("plan.csv"), PLAN_CSV, StandardCharsets.UTF_8);
  }
}
