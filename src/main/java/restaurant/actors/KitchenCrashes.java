package restaurant.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import restaurant.model.FaultPlan;
import restaurant.model.FaultPlan.KitchenStep;

/**
 * When the kitchen's cook crashes, as the {@link FaultPlan} decides (from the seed in a run, so
 * the same in every run), and what the crash loses: it crashes taking a request or serving a
 * product, and supervision restarts it. The stove is the kitchen's, not the cook's: what is on
 * it, queued or cooking, stays through the restart. What the crash loses is the request in the
 * cook's hands: before it goes, it tells each lost product's waiter, who orders it again at once.
 * (A crash that threw away everything cooking would make every crash re-order thousands of
 * products in a busy kitchen, and with them bring on the next crash.) Plain state, the cook's:
 * each incarnation has its own.
 */
final class KitchenCrashes {
  private final FaultPlan faults;
  /** The cook's restarts so far: a message that crashed it once need not crash it again. */
  private final int incarnation;
  /** The products of the request being handled not on a station yet, lost if the cook crashes. */
  private List<Kitchen.Prepare> inHand = List.of();

  KitchenCrashes(FaultPlan faults, int incarnation) {
    this.faults = faults;
    this.incarnation = incarnation;
  }

  /** Before item {@code item} of the order goes on the stove: a crash loses it and the items after it. */
  void taking(Kitchen.PrepareOrder request, int item) {
    int orderId = request.order().id();
    List<String> products = request.order().products();
    if (faults.kitchenCrashes(incarnation, KitchenStep.TAKING, orderId, item, 0)) {
      // with the request in hand: the products before it are cooking, this one and the rest are lost
      List<Kitchen.Prepare> lost = new ArrayList<>();
      for (int rest = item; rest < products.size(); rest++) {
        lost.add(new Kitchen.Prepare(orderId, rest, 0, products.get(rest), request.replyTo()));
      }
      inHand = lost;
      throw new SimulatedCrash("the kitchen crashed taking " + products.get(item) + " for order " + orderId);
    }
  }

  /** Before the product ordered again goes on the stove: a crash loses it. */
  void taking(Kitchen.Prepare request) {
    if (faults.kitchenCrashes(incarnation, KitchenStep.TAKING, request.orderId(), request.item(),
        request.attempt())) { // with the request in hand, before it is on a station
      inHand = List.of(request);
      throw new SimulatedCrash("the kitchen crashed taking " + request.product() + " for order " + request.orderId());
    }
  }

  /** After the product went out: a crash in the middle of serving leaves the rest due for the restart. */
  void serving(Stove.Cooking cooking) {
    if (faults.kitchenCrashes(incarnation, KitchenStep.SERVING, cooking.orderId(), cooking.item(),
        cooking.attempt())) {
      throw new SimulatedCrash("the kitchen crashed serving " + cooking.product());
    }
  }

  /** The crash lost the request in hand: its waiter must order its products again. */
  void tellTheWaiters() {
    for (Kitchen.Prepare lost : inHand) {
      lost.replyTo().tell(new Kitchen.ProductLost(lost.orderId(), lost.item(), lost.attempt(), lost.product()));
    }
  }

  /** For the crash's log line: " with burger, soda for order 3 in hand", or nothing. */
  String inHand() {
    return inHand.isEmpty() ? "" : " with " + inHand.stream().map(Kitchen.Prepare::product)
        .collect(Collectors.joining(", ")) + " for order " + inHand.get(0).orderId() + " in hand";
  }
}
