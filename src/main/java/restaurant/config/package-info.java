/**
 * Everything that turns files, flags and {@code -D} properties into one validated
 * {@link restaurant.config.Settings}: HOCON and JSON reading, size and encoding limits, unknown-key
 * suggestions, and {@link restaurant.config.BadInputException}, whose message is the one line a
 * user sees. Uses {@code restaurant.model} only.
 */
package restaurant.config;
