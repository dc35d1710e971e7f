/* What both pages (report.html, sweep.html) draw with; HtmlReport inlines it into each. */

/** "7.5s", "9m12s", "1h02m05s": as the console's sweep line says it. */
function spoken(s) {
  if (s < 59.95) { return (Math.round(s * 10) / 10) + "s"; }
  const whole = Math.round(s), h = Math.floor(whole / 3600), m = Math.floor(whole % 3600 / 60), sec = whole % 60;
  const two = n => String(n).padStart(2, "0");
  return h > 0 ? h + "h" + two(m) + "m" + two(sec) + "s" : m + "m" + two(sec) + "s";
}
function el(tag, attrs, text) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) { e.textContent = text; }
  return e;
}
