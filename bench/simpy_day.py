#!/usr/bin/python3
"""The restaurant's service model in SimPy: the yardstick docs/benchmarks.md compares with.

One day of the service model as the restaurant runs it (docs/simulation.md): customers arrive at the
times of an orders file (the restaurant's own --dump-orders), wait in one queue for a free waiter
slot, the waiter asks the kitchen for every product of the order at once, each product waits in its
station's queue for a cook and takes the menu's fixed time, and once the last product is in the
waiter walks the order to its table (the delivery time) and only then frees the slot.

  /usr/bin/python3 bench/simpy_day.py ORDERS.json [--trace FILE]

The settings are those of conf/examples/lunch-rush.conf (fixed product times, six waiters of one
order each, a grill of two cooks, a fryer and a bar of one, 60 s to each table). It prints the
wall seconds of the simulation alone (reading the file left out) and the orders dispatched; with
--trace, one CSV row per order (id,taken,ready,dispatched in seconds from the opening), to compare
with the restaurant's own --trace.
"""
import json
import sys
import time

import simpy

WAITERS = 6
MAX_OPEN_ORDERS = 1
DELIVERY = 60.0
TIMES = {"burger": 60.0, "frites": 30.0, "soda": 10.0, "beer": 15.0}
STATIONS = {"grill": (2, ["burger"]), "fryer": (1, ["frites"]), "bar": (1, ["soda", "beer"])}


def day(orders):
    env = simpy.Environment()
    slots = simpy.Resource(env, capacity=WAITERS * MAX_OPEN_ORDERS)
    station_of = {}
    for name, (cooks, products) in STATIONS.items():
        station = simpy.Resource(env, capacity=cooks)
        for product in products:
            station_of[product] = station
    rows = [None] * len(orders)

    def cook(product):
        with station_of[product].request() as cook_free:
            yield cook_free
            yield env.timeout(TIMES[product])

    def customer(order_id, products):
        with slots.request() as slot:
            yield slot
            taken = env.now
            yield env.all_of([env.process(cook(product)) for product in products])
            ready = env.now
            yield env.timeout(DELIVERY)
            rows[order_id] = (taken, ready, env.now)

    def arrivals():
        for order_id, order in enumerate(orders):
            yield env.timeout(max(0.0, order["arrival"] - env.now))
            env.process(customer(order_id, order["products"]))

    env.process(arrivals())
    env.run()
    return rows


def main():
    if len(sys.argv) not in (2, 4) or (len(sys.argv) == 4 and sys.argv[2] != "--trace"):
        sys.exit("usage: simpy_day.py ORDERS.json [--trace FILE]")
    with open(sys.argv[1], encoding="utf-8") as file:
        orders = json.load(file)
    start = time.perf_counter()
    rows = day(orders)
    seconds = time.perf_counter() - start
    print(f"simpy: {len(orders)} orders, {sum(row is not None for row in rows)} dispatched, "
          f"simulated in {seconds:.3f} s wall ({1e6 * seconds / len(orders):.1f} us an order)")
    if len(sys.argv) == 4:
        with open(sys.argv[3], "w", encoding="utf-8") as trace:
            trace.write("id,taken,ready,dispatched\n")
            for order_id, (taken, ready, dispatched) in enumerate(rows):
                trace.write(f"{order_id},{taken:.6f},{ready:.6f},{dispatched:.6f}\n")


if __name__ == "__main__":
    main()
