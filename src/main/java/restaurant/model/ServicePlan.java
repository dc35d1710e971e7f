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

  /** The station that makes {@code product}, or null when it cooks without a limit. */
  public KitchenStation stationOf(String product) {
    for (KitchenStation station : stations) {
      if (station.products().contains(product)) {
        return station;
      }
    }
    return null;
  }

  public ServicePlan withStations(List<KitchenStation> newStations) {
    return new ServicePlan(arrivals, newStations, warmUp);
  }

  public ServicePlan withArrivals(Arrivals newArrivals) {
    return new ServicePlan(newArrivals, stations, warmUp);
  }
}
