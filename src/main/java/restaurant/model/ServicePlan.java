package restaurant.model;

import java.time.Duration;
import java.util.List;

/**
 * How the service runs beyond the teaching example: how customers arrive, which kitchen stations
 * have a limited number of cooks (a product on none cooks at once, any number together), and how
 * long the warm-up is whose orders the statistics leave out.
 */
public record ServicePlan(Arrivals arrivals, List<KitchenStation> stations, Duration warmUp) {
  /** The teaching example's service: every order at the opening, cooks without limit, no warm-up. */
  public static final ServicePlan TEACHING_EXAMPLE = new ServicePlan(Arrivals.AT_ONCE, List.of(), Duration.ZERO);

  public ServicePlan {
    stations = List.copyOf(stations);
  }
}
