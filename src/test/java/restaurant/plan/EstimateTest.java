package restaurant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void aConfidenceIntervalByHand() {
    // 10, 12, 14: mean 12, sample sd 2, standard error 2 / sqrt 3; t(2, 0.975) = 4.303
    Estimate estimate = Estimate.of(new double[] {10, 12, 14});

    assertEquals(12, estimate.mean(), 1e-12);
    assertEquals(4.303 * 2 / Math.sqrt(3), estimate.halfWidth(), 1e-12);
    assertEquals(12 + 4.303 * 2 / Math.sqrt(3), estimate.upper(), 1e-12);
  }

  @Test
  void identicalReplicationsHaveNoSpread() {
    assertEquals(new Estimate(5, 0), Estimate.of(new double[] {5, 5, 5, 5, 5}));
  }

  @Test
  void studentTFromTheTableAndBeyondIt() {
    assertEquals(12.706, StudentT.quantile975(1));
    assertEquals(2.776, StudentT.quantile975(4)); // five replications
    assertEquals(2.042, StudentT.quantile975(30));
    assertEquals(2.021, StudentT.quantile975(40), 0.001); // tables: 2.021
    assertEquals(1.984, StudentT.quantile975(100), 0.001); // tables: 1.984
  }
}
