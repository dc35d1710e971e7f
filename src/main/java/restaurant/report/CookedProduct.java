package restaurant.report;

/**
 * A product a station's cook made, for the page's timeline: {@code cook} counts from 1 within the
 * station; times are simulated seconds from the opening.
 */
public record CookedProduct(int order, String product, int cook, double startSeconds, double readySeconds,
    boolean burnt) {}
