/**
 * Reading scenarios: turns a scenario YAML file and its portfolio CSV into a validated
 * {@link org.kamsim.model.Scenario}, or into an {@link org.kamsim.scenario.InputException} that lists every
 * problem found, each located like a compiler error ({@code file:line:column: field: message}).
 *
 * <p>This is the only package that reads the user's inputs. It may use {@code org.kamsim.model}, SnakeYAML
 * (its node tree, which keeps positions) and univocity-parsers (kamsim's one CSV tokenizer, here in
 * {@link org.kamsim.scenario.CsvRecords}; {@code org.kamsim.results.CsvFormat} uses it for result files),
 * and nothing else of kamsim.
 * Entry points: {@link org.kamsim.scenario.ScenarioLoader} and {@link org.kamsim.scenario.PortfolioReader};
 * everything else here is package-private.
 *
 * <p>Values are validated here, with their file positions, before any model record is built, so the
 * records' own checks are never the ones a user sees.
 */
package org.kamsim.scenario;
