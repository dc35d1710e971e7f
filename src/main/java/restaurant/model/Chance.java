package restaurant.model;

/**
 * Reproducible chance: the same seed and keys give the same draw on every machine and in every
 * order of events. The kitchen decides whether a product burns from (seed, order, item,
 * attempt), so a burnt burger stays burnt however the threads interleave.
 */
public final class Chance {
  private Chance() {}

  /** A draw in [0, 1) fixed by the seed and the keys. */
  public static double draw(long seed, long first, long second, long third) {
    long hash = mix(seed ^ mix(first ^ mix(second ^ mix(third + 0x9E3779B97F4A7C15L))));
    return (hash >>> 11) * 0x1.0p-53;
  }

  /** SplitMix64's finalizer: every input bit moves every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
