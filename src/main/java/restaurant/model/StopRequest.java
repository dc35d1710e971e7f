package restaurant.model;

/**
 * A request to stop a run early (SIGINT, SIGTERM). It may come before the run has started, while
 * it runs, or never. Each run says what stopping means for it; a request made before that is
 * acted on the moment the run says it.
 */
public final class StopRequest {
  private static final Runnable NOTHING = () -> { };

  private Runnable onStop = NOTHING;
  private boolean requested;

  /** From now on, a stop means {@code action}: run at once if the stop was already requested. */
  public synchronized void whenRequested(Runnable action) {
    onStop = action;
    if (requested) {
      action.run();
    }
  }

  /** The run is over: a stop from now on has nothing to stop. */
  public synchronized void clear() {
    onStop = NOTHING;
  }

  public synchronized void request() {
    if (!requested) {
      requested = true;
      onStop.run();
    }
  }

  public synchronized boolean isRequested() {
    return requested;
  }
}
