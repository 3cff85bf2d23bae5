package org.kamsim.simulation;

/**
 * The standard normal distribution functions the engine needs, accurate in the tails and allocation-free
 * (the kernel calls {@link #churnClock} inside the trial loop).
 */
public final class Normal {
  private static final double SQRT1_2 = Math.sqrt(0.5);
  private static final double LN2 = Math.log(2);
  private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;

  private Normal() {}

  /** {@code Phi(x)}, to about 1e-15 relative in both tails. */
  public static double cdf(double x) {
    return 0.5 * erfc(-x * SQRT1_2);
  }

  /**
   * The churn clock of the time-to-churn copula, {@code E = -ln(1 - Phi(x)) = -ln(erfc(y) / 2)} with
   * {@code y = x / sqrt(2)}, without cancellation or underflow: for {@code y > 0} through the scaled
   * function, {@code E = ln 2 + y^2 - ln erfcx(y)}; for {@code y <= 0} as {@code -log1p(-erfc(-y) / 2)}.
   */
  public static double churnClock(double x) {
    double y = x * SQRT1_2;
    if (y > 0) {
      return LN2 + y * y - Math.log(erfcx(y));
    }
    return -Math.log1p(-0.5 * erfc(-y));
  }

  /** {@code erfc(x)} for any x. */
  static double erfc(double x) {
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 0.46875) {
      return 1 - erfSmall(x);
    }
    return x > 27.3 ? 0 : expMinusSquare(x) * erfcx(x);
  }

  /**
   * {@code exp(-x^2)} without the rounding of {@code x * x} blown up by the exponent (relative error
   * 1e-13 at x = 25 otherwise): x^2 is split as {@code s^2 + (x - s)(x + s)} with s = x rounded down to
   * 1/16, whose square is exact (Cody's device).
   */
  private static double expMinusSquare(double x) {
    double s = Math.floor(x * 16) / 16;
    return Math.exp(-s * s) * Math.exp(-(x - s) * (x + s));
  }

  /**
   * The scaled complementary error function {@code erfcx(x) = exp(x^2) erfc(x)} for {@code x >= 0}, by
   * W. J. Cody's rational Chebyshev approximations (Math. Comp. 23, 1969; SPECFUN CALERF): relative error
   * about 1e-16 on three intervals, [0, 0.46875], (0.46875, 4] and (4, inf).
   */
  static double erfcx(double x) {
    if (x < 0.46875) {
      return Math.exp(x * x) * (1 - erfSmall(x));
    }
    if (x <= 4) {
      double num = 2.15311535474403846e-8 * x;
      double den = x;
      num = (num + 5.64188496988670089e-1) * x;
      den = (den + 1.57449261107098347e1) * x;
      num = (num + 8.88314979438837594e0) * x;
      den = (den + 1.17693950891312499e2) * x;
      num = (num + 6.61191906371416295e1) * x;
      den = (den + 5.37181101862009858e2) * x;
      num = (num + 2.98635138197400131e2) * x;
      den = (den + 1.62138957456669019e3) * x;
      num = (num + 8.81952221241769090e2) * x;
      den = (den + 3.29079923573345963e3) * x;
      num = (num + 1.71204761263407058e3) * x;
      den = (den + 4.36261909014324716e3) * x;
      num = (num + 2.05107837782607147e3) * x;
      den = (den + 3.43936767414372164e3) * x;
      return (num + 1.23033935479799725e3) / (den + 1.23033935480374942e3);
    }
    double z = 1 / (x * x);
    double num = 1.63153871373020978e-2 * z;
    double den = z;
    num = (num + 3.05326634961232344e-1) * z;
    den = (den + 2.56852019228982242e0) * z;
    num = (num + 3.60344899949804439e-1) * z;
    den = (den + 1.87295284992346047e0) * z;
    num = (num + 1.25781726111229246e-1) * z;
    den = (den + 5.27905102951428412e-1) * z;
    num = (num + 1.60837851487422766e-2) * z;
    den = (den + 6.05183413124413191e-2) * z;
    double r = z * (num + 6.58749161529837803e-4) / (den + 2.33520497626869185e-3);
    return (ONE_OVER_SQRT_PI - r) / x;
  }

  /** {@code erf(x)} for {@code |x| <= 0.46875} (Cody's first interval). */
  private static double erfSmall(double x) {
    double z = x * x;
    double num = 1.85777706184603153e-1 * z;
    double den = z;
    num = (num + 3.16112374387056560e0) * z;
    den = (den + 2.36012909523441209e1) * z;
    num = (num + 1.13864154151050156e2) * z;
    den = (den + 2.44024637934444173e2) * z;
    num = (num + 3.77485237685302021e2) * z;
    den = (den + 1.28261652607737228e3) * z;
    return x * (num + 3.20937758913846947e3) / (den + 2.84423683343917062e3);
  }

  /**
   * {@code Phi^-1(p)} by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988), relative
   * accuracy about 1e-16. Returns -inf for p = 0 and +inf for p = 1.
   */
  public static double inverseCdf(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p: must be in [0, 1], was " + p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r
          + 6.7265770927008700853e4) * r + 4.5921953931549871457e4) * r
          + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r
          + 1.3314166789178437745e2) * r + 3.3871328727963666080e0)
          / (((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r
          + 3.9307895800092710610e4) * r + 2.1213794301586595867e4) * r
          + 5.3941960214247511077e3) * r + 6.8718700749205790830e2) * r
          + 4.2313330701600911252e1) * r + 1.0);
    }
    double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    double value;
    if (r <= 5) {
      r -= 1.6;
      value = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
          + 2.41780725177450611770e-1) * r + 1.27045825245236838258e0) * r
          + 3.64784832476320460504e0) * r + 5.76949722146069140550e0) * r
          + 4.63033784615654529590e0) * r + 1.42343711074968357734e0)
          / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
          + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
          + 6.89767334985100004550e-1) * r + 1.67638483018380384940e0) * r
          + 2.05319162663775882187e0) * r + 1.0);
    } else {
      r -= 5;
      value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
          + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
          + 2.96560571828504891230e-1) * r + 1.78482653991729133580e0) * r
          + 5.46378491116411436990e0) * r + 6.65790464350110377720e0)
          / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
          + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
          + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
          + 5.99832206555887937690e-1) * r + 1.0);
    }
    return q < 0 ? -value : value;
  }
}
