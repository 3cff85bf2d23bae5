package org.kamsim.simulation;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Net present values of the plan and the status quo (MODEL.md, "Finance"), per trial on the same draws, so
 * that the incremental NPV is a paired difference. Present in a result exactly when the scenario has a
 * {@code finance} section.
 *
 * @param discountRate the annual discount rate
 * @param terminalGrowth the terminal value's growth; empty when there is no terminal value
 * @param profit the plan's NPV across trials (terminal value included)
 * @param statusQuoProfitMean mean NPV of the status quo on the same draws
 * @param incrementalMean mean of (plan NPV - status quo NPV)
 * @param incrementalStderr its standard error
 * @param incrementalCi95Low lower end of the 95% normal interval
 * @param incrementalCi95High upper end
 * @param discountedPaybackMonth first month from which the cumulative mean discounted incremental profit stays
 *     >= 0 (the terminal value left out: payback is within the horizon); empty when it never does, and when
 *     the plan is the status quo
 * @param discountFactors {@code d_t} of months {@code 1..T}
 * @param cumulativeDiscountedIncrementalMean {@code sum_{s<=t} d_s (E[plan profit_s] - E[status quo
 *     profit_s])} for months {@code 1..T}
 */
public record NpvFigures(
    double discountRate,
    OptionalDouble terminalGrowth,
    Distribution profit,
    double statusQuoProfitMean,
    double incrementalMean,
    double incrementalStderr,
    double incrementalCi95Low,
    double incrementalCi95High,
    OptionalInt discountedPaybackMonth,
    List<Double> discountFactors,
    List<Double> cumulativeDiscountedIncrementalMean) {

  public NpvFigures {
    discountFactors = List.copyOf(discountFactors);
    cumulativeDiscountedIncrementalMean = List.copyOf(cumulativeDiscountedIncrementalMean);
  }
}
