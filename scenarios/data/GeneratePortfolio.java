/*
 * Generates the bundled synthetic B2B portfolio, scenarios/data/sample-portfolio.csv.
 *
 * Usage (from the repository root, JDK 17, no dependencies):
 *
 *   java scenarios/data/GeneratePortfolio.java [seed] [accounts] > scenarios/data/sample-portfolio.csv
 *
 * accounts defaults to 250 (the bundled file; at least 100). Larger portfolios keep the shape below and
 * scale the key set with sqrt(accounts / 250), rounded (as KAM programs grow slower than the customer
 * base): 1,000 accounts give 24 key accounts (benchmarks/scenarios holds the earlier generator's output).
 * Only CSV goes to stdout; a short summary (concentration, key set, KAM load) goes to stderr
 * (`./kamsim score scenarios/baseline.yaml` then shows the scores and tiers). The same
 * seed gives the same file byte for byte (java.util.SplittableRandom, fixed draw order, Locale.ROOT).
 *
 * What the data looks like (see docs/scenario-reference.md for the column contract, docs/calibration.md
 * for the evidence behind each figure):
 * - revenue follows a shifted power law (Lomax-like Pareto tail, shape ALPHA) drawn by stratified
 *   sampling, so the shape is stable whatever the seed: the top 20% of accounts carry about 70% of
 *   revenue. The largest account's share is then set to 11-14% and everything is scaled so that it makes
 *   26-32 million a year (a book of about 250 million). Ids A001..A250 are in descending revenue order.
 * - cost_to_serve = a fixed part (8,000-15,000) + 2-5% of revenue, so the long tail is barely profitable
 *   and about 80% of profit comes from 20% of the accounts.
 * - churn (under standard coverage) is 3-8% a year for today's key accounts and 8-20% for the rest,
 *   falling with size; volatility falls with size too; growth and margin depend a little on the segment.
 * - potential (a revenue ceiling) is set for about 40% of accounts, at 1.2x-3x revenue.
 * - complexity is 1 except for the largest accounts and a few complex mid-size ones (1.2-3).
 * - key: 12 accounts, most of the largest 14 (three large accounts of ranks 3-12 are not key today) and
 *   one mid-size account of ranks 20-60. They bring 25-40% of today's revenue and carry 13-15 complexity
 *   units: 4 KAMs at capacity 4.
 * - five criteria, integers 1..10: product_fit (by segment), solvency (public sector and low churn score
 *   higher), relationship (higher for key accounts and larger ones), revenue_potential (grows with size and
 *   headroom) and profitability (margin after cost to serve).
 */

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

public class GeneratePortfolio {

  static final long DEFAULT_SEED = 20240611L;
  static final int DEFAULT_ACCOUNTS = 250;
  /** Pareto shape of the revenue tail: flatter than the 80/20 rule's 1.16, for a mid-size B2B book. */
  static final double ALPHA = 1.7;
  /** Shift of the Lomax-like form x = v^(-1/ALPHA) - SHIFT: widens the range at the small end. */
  static final double SHIFT = 0.9;

  static final String[] SEGMENTS = {"Retail", "Manufacturing", "Healthcare", "Logistics", "Public"};
  static final double[] SEGMENT_WEIGHTS = {0.25, 0.28, 0.17, 0.18, 0.12};
  static final String[] REGIONS = {"North", "South", "East", "West", "International"};
  static final double[] REGION_WEIGHTS = {0.24, 0.20, 0.20, 0.22, 0.14};

  static final String[] ROOT_A = {"Al", "Ash", "Bel", "Bram", "Brook", "Car", "Cor", "Crest", "Dal", "Dun",
      "El", "Ever", "Fair", "Glen", "Gold", "Hal", "Hart", "High", "Iron", "Kel", "Lake", "Lang", "Lin",
      "Mar", "Mead", "Mill", "Nor", "Oak", "Pen", "Pine", "Ral", "Red", "Ros", "Sil", "Stan", "Ster",
      "Thorn", "Til", "Val", "Wal", "Wen", "Whit", "Wyn"};
  static final String[] ROOT_B = {"ford", "mere", "stone", "wick", "field", "ton", "by", "gate", "dale",
      "haven", "brook", "more", "wood", "well", "worth", "ley", "cliff", "bridge", "holm", "port"};
  static final String[][] NOUNS = {
      {"Stores", "Retail", "Market", "Outfitters", "Homeware", "Trading", "Fashion", "Grocers"},
      {"Industries", "Components", "Engineering", "Works", "Precision", "Plastics", "Metals", "Machinery"},
      {"Health", "Medical", "Clinics", "Care", "Diagnostics", "Labs", "Pharma", "Dental"},
      {"Freight", "Logistics", "Transport", "Shipping", "Haulage", "Distribution", "Cold Chain", "Express"},
      {}};
  static final String[] PUBLIC_PATTERNS = {"%s County Council", "City of %s", "%s Water Authority",
      "%s Transit Authority", "%s University", "%s Housing Association", "%s Borough Council",
      "%s Regional Hospital Board"};
  static final String[] LEGAL_DOMESTIC = {"Ltd", "Inc", "plc", "Group", "& Co", "Holdings", "LLC"};
  static final String[] LEGAL_INTERNATIONAL = {"GmbH", "AG", "SA", "BV", "AB", "Oy", "SpA", "Ltd"};

  static final String[] CRITERIA =
      {"product_fit", "solvency", "relationship", "revenue_potential", "profitability"};
  static final double CAPACITY_PER_KAM = 4;

  static final class Account {
    String id;
    String name;
    int segment;
    int region;
    double revenue;
    double margin;
    double costToServe;
    double churn;
    double growth;
    double volatility;
    double potential = Double.NaN;
    double complexity = 1;
    boolean key;
    int[] criteria = new int[CRITERIA.length];
  }

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0].trim()) : DEFAULT_SEED;
    int n = args.length > 1 ? Integer.parseInt(args[1].trim()) : DEFAULT_ACCOUNTS;
    if (n < 100 || n > 99_999) {
      throw new IllegalArgumentException("accounts: must be in [100, 99999], was " + n);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    // A001..A250 for the default, A0001..A1000 for 1,000 accounts: ids sort like ranks.
    String idFormat = "A%0" + Math.max(3, Integer.toString(n).length()) + "d";

    double[] revenue = revenues(rng, n);
    double logMin = Math.log(revenue[n - 1]);
    double logMax = Math.log(revenue[0]);

    List<Account> accounts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Account a = new Account();
      a.id = String.format(Locale.ROOT, idFormat, i + 1);
      a.revenue = revenue[i];
      // size in [0, 1]: position of log revenue between the smallest and the largest account
      double size = (Math.log(a.revenue) - logMin) / (logMax - logMin);
      a.segment = pick(rng, SEGMENT_WEIGHTS);
      a.region = pick(rng, REGION_WEIGHTS);
      a.name = uniqueName(rng, a, names);

      double[] marginBase = {0.24, 0.31, 0.36, 0.22, 0.27};
      a.margin = clamp(marginBase[a.segment] - 0.03 * size + 0.04 * gauss(rng), 0.15, 0.45);
      double fixed = 8_000 + 7_000 * rng.nextDouble();
      a.costToServe = fixed + a.revenue * (0.02 + 0.03 * rng.nextDouble());
      // standard-coverage churn of an account that is not key today; today's key accounts get theirs below
      double[] churnShift = {0.015, 0.0, -0.01, 0.01, -0.025};
      a.churn = clamp(0.19 - 0.10 * size + churnShift[a.segment] + 0.015 * gauss(rng), 0.08, 0.20);
      double[] growthShift = {-0.01, 0.0, 0.02, 0.01, -0.015};
      a.growth = clamp(0.03 + growthShift[a.segment] + 0.035 * gauss(rng), -0.05, 0.12);
      a.volatility = clamp(0.30 - 0.18 * size + 0.03 * gauss(rng), 0.05, 0.35);
      accounts.add(a);
    }
    // potential: exactly 40% of the accounts, picked at random, get a ceiling of 1.2x-3x revenue
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) { // Fisher-Yates
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int i = 0; i < n * 2 / 5; i++) {
      Account a = accounts.get(order[i]);
      a.potential = Math.rint(a.revenue * (1.2 + 1.8 * rng.nextDouble()));
    }

    assignComplexityAndKey(rng, accounts);
    for (Account a : accounts) {
      if (a.key) { // established key accounts churn least: 3-8% a year, lower for the largest
        double size = (Math.log(a.revenue) - logMin) / (logMax - logMin);
        a.churn = clamp(0.095 - 0.055 * size + 0.01 * gauss(rng), 0.03, 0.08);
      }
    }
    assignCriteria(rng, accounts, logMin, logMax);

    StringBuilder out = new StringBuilder();
    out.append("id,name,segment,region,revenue,margin,cost_to_serve,churn,growth,volatility,potential,"
        + "complexity,key,").append(String.join(",", CRITERIA)).append('\n');
    for (Account a : accounts) {
      out.append(a.id).append(',').append(a.name).append(',').append(SEGMENTS[a.segment]).append(',')
          .append(REGIONS[a.region]).append(',')
          .append(whole(a.revenue)).append(',')
          .append(fmt("%.3f", a.margin)).append(',')
          .append(whole(a.costToServe)).append(',')
          .append(fmt("%.4f", a.churn)).append(',')
          .append(fmt("%.4f", a.growth)).append(',')
          .append(fmt("%.3f", a.volatility)).append(',')
          .append(Double.isNaN(a.potential) ? "" : whole(a.potential)).append(',')
          .append(fmt("%.1f", a.complexity)).append(',')
          .append(a.key);
      for (int c : a.criteria) {
        out.append(',').append(c);
      }
      out.append('\n');
    }
    System.out.print(out);
    System.out.flush();
    summary(seed, accounts);
  }

  /**
   * Annual revenues, largest first. Stratified sampling of the upper-tail probability v in
   * ((i + U) / n) makes the shape stable across seeds; the largest account is then set to a share of
   * 11-14% of the total and the whole book is scaled so that it makes 26-32 million.
   */
  static double[] revenues(SplittableRandom rng, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double u = rng.nextDouble();
      double v = (i + u) / n;
      x[i] = Math.pow(v, -1 / ALPHA) - SHIFT;
    }
    Arrays.sort(x);
    reverse(x);
    double rest = 0;
    for (int i = 1; i < n; i++) {
      rest += x[i];
    }
    double share = 0.11 + 0.03 * rng.nextDouble();
    x[0] = Math.max(share / (1 - share) * rest, 1.2 * x[1]);
    double top = 26e6 + 6e6 * rng.nextDouble();
    double scale = top / x[0];
    for (int i = 0; i < n; i++) {
      x[i] = Math.rint(x[i] * scale);
    }
    return x;
  }

  /**
   * Complexity: the largest account 2.5-3, the next two 1.2-1.5, everything else 1 except the three large
   * accounts that are not key today (1.5-2.5: a complex account that nobody owns yet) and about 8% of
   * the other non-key accounts of ranks 15-150 (1.5-2.2: complex procurement, many sites).
   * Key: ranks 1-14 except three of ranks 3-12, plus one of ranks 20-60: 12 accounts carrying
   * 9 + (2.5..3) + (1.2..1.5) * 2 = 13.9..15 units: 4 KAMs at capacity 4.
   * For a larger portfolio every count and rank range is multiplied by m = round(sqrt(n / 250)) (m = 1
   * for the default, drawing exactly the same numbers): 1,000 accounts (m = 2) give the largest 28 except
   * six of ranks 3-20, plus two of ranks 39-120: 24 key accounts.
   */
  static void assignComplexityAndKey(SplittableRandom rng, List<Account> accounts) {
    int n = accounts.size();
    int m = (int) Math.max(1, Math.round(Math.sqrt(n / (double) DEFAULT_ACCOUNTS)));
    List<Integer> notKey = new ArrayList<>(); // 0-based index 2..11 = ranks 3..12 when m = 1
    while (notKey.size() < 3 * m) {
      int pick;
      do {
        pick = 2 + rng.nextInt(10 * m);
      } while (notKey.contains(pick));
      notKey.add(pick);
    }
    for (int i = 0; i < 14 * m; i++) {
      accounts.get(i).key = !notKey.contains(i);
    }
    int added = 0;
    while (added < m) {
      Account a = accounts.get(19 * m + rng.nextInt(41 * m)); // ranks 20..60 when m = 1
      if (!a.key) {
        a.key = true;
        added++;
      }
    }
    accounts.get(0).complexity = round1(2.5 + 0.5 * rng.nextDouble());
    for (int i = 1; i <= 2; i++) {
      if (accounts.get(i).key) {
        accounts.get(i).complexity = round1(1.2 + 0.3 * rng.nextDouble());
      }
    }
    for (int i : notKey) {
      accounts.get(i).complexity = round1(1.5 + rng.nextDouble());
    }
    for (int i = 14 * m; i < Math.min(n, 150 * m); i++) {
      Account a = accounts.get(i);
      if (!a.key && rng.nextDouble() < 0.08) {
        a.complexity = round1(1.5 + 0.7 * rng.nextDouble());
      }
    }
  }

  static void assignCriteria(SplittableRandom rng, List<Account> accounts, double logMin, double logMax) {
    double[] fitShift = {0.0, 0.8, 0.4, -0.3, -1.0};
    for (Account a : accounts) {
      double size = (Math.log(a.revenue) - logMin) / (logMax - logMin);
      double headroom = Double.isNaN(a.potential) ? 0 : (a.potential / a.revenue - 1.2) / 1.8; // 0..1
      // today's key accounts were chosen on fit and have bought across the range since: they score higher
      double productFit = 6.0 + fitShift[a.segment] + (a.key ? 1.0 : 0.0) + 1.3 * gauss(rng);
      double solvency = 6.0 + (a.segment == 4 ? 2.0 : 0.0) + 1.0 * size - 8.0 * (a.churn - 0.15)
          + 1.4 * gauss(rng);
      double relationship = 3.8 + 1.5 * size + (a.key ? 3.0 : 0.0) + 1.3 * gauss(rng);
      double revenuePotential = 1.5 + 6.5 * size + (Double.isNaN(a.potential) ? 0 : 1.0 + 1.5 * headroom)
          + 1.2 * gauss(rng);
      // margin left after the cost to serve: about 0.1 for the long tail, 0.3 for a good large account
      double netMargin = a.margin - a.costToServe / a.revenue;
      double profitability = 2.0 + 22.0 * netMargin + 1.0 * gauss(rng);
      a.criteria[0] = score(productFit);
      a.criteria[1] = score(solvency);
      a.criteria[2] = score(relationship);
      a.criteria[3] = score(revenuePotential);
      a.criteria[4] = score(profitability);
    }
  }

  static String uniqueName(SplittableRandom rng, Account a, Set<String> used) {
    while (true) {
      String root = ROOT_A[rng.nextInt(ROOT_A.length)] + ROOT_B[rng.nextInt(ROOT_B.length)];
      String name;
      if (a.segment == 4) {
        name = String.format(Locale.ROOT, PUBLIC_PATTERNS[rng.nextInt(PUBLIC_PATTERNS.length)], root);
      } else {
        String[] nouns = NOUNS[a.segment];
        String[] legal = a.region == 4 ? LEGAL_INTERNATIONAL : LEGAL_DOMESTIC;
        name = root + " " + nouns[rng.nextInt(nouns.length)] + " " + legal[rng.nextInt(legal.length)];
      }
      if (used.add(name)) {
        return name;
      }
    }
  }

  static void summary(long seed, List<Account> accounts) {
    int n = accounts.size();
    double total = 0;
    for (Account a : accounts) {
      total += a.revenue;
    }
    double top20 = 0;
    for (int i = 0; i < n / 5; i++) {
      top20 += accounts.get(i).revenue;
    }
    int keys = 0;
    double keyLoad = 0;
    double keyRevenue = 0;
    int atLeastOnePercent = 0;
    for (Account a : accounts) {
      if (a.key) {
        keys++;
        keyLoad += a.complexity;
        keyRevenue += a.revenue;
      }
      if (a.revenue >= 0.01 * total) {
        atLeastOnePercent++;
      }
    }
    System.err.printf(Locale.ROOT, "seed %d: %d accounts, total revenue %,.0f (largest %,.0f, smallest %,.0f)%n",
        seed, n, total, accounts.get(0).revenue, accounts.get(n - 1).revenue);
    System.err.printf(Locale.ROOT, "top 1 share %.1f%%, top 20%% (%d accounts) share %.1f%%, %d accounts at or"
        + " above 1%% of revenue%n", 100 * accounts.get(0).revenue / total, n / 5, 100 * top20 / total,
        atLeastOnePercent);
    System.err.printf(Locale.ROOT, "key today: %d accounts, %.1f%% of revenue, complexity %.1f -> %d KAMs at"
        + " capacity %.0f%n", keys, 100 * keyRevenue / total, keyLoad, kams(keyLoad), CAPACITY_PER_KAM);
  }

  static int kams(double load) {
    return (int) Math.ceil(load / CAPACITY_PER_KAM - 1e-9);
  }

  static int pick(SplittableRandom rng, double[] weights) {
    double u = rng.nextDouble();
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i];
      if (u < acc) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A standard normal draw by Box-Muller: an explicit algorithm, so the file cannot change with the JDK. */
  static double gauss(SplittableRandom rng) {
    double u1 = 1.0 - rng.nextDouble(); // (0, 1]
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  static int score(double x) {
    return (int) clamp(Math.rint(x), 1, 10);
  }

  static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  static double round1(double x) {
    return Math.rint(x * 10) / 10;
  }

  static String whole(double x) {
    return String.format(Locale.ROOT, "%.0f", x);
  }

  static String fmt(String pattern, double x) {
    return String.format(Locale.ROOT, pattern, x);
  }

  static void reverse(double[] x) {
    for (int i = 0, j = x.length - 1; i < j; i++, j--) {
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }
}
