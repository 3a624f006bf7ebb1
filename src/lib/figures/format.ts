/**
 * Number formats of the figures. Each returns "n/a" for a non-finite number,
 * so that no label or description prints NaN or Infinity. Renderers also
 * leave non-finite values out of the charts and state the reason in words.
 */

const MINUS = "\u2212";
const NOT_AVAILABLE = "n/a";
const LARGE = 1e6;

function withMinus(text: string): string {
  return text.startsWith("-") ? MINUS + text.slice(1) : text;
}

/** Exponent notation for values too large to read as digits: 1.73e34. */
function formatExponent(value: number, digits: number): string {
  return withMinus(value.toExponential(digits).replace("e+", "e"));
}

/**
 * Formats with a fixed count of decimals: `formatDecimal(0.28216, 4)` is
 * "0.2822". Values of a million and more, as a diverging network produces,
 * switch to exponent notation with three significant digits.
 */
export function formatDecimal(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  if (Math.abs(value) >= LARGE) return formatExponent(value, 2);
  const text = value.toFixed(digits);
  return withMinus(Number(text) === 0 ? (0).toFixed(digits) : text);
}

/** Formats a fraction as a percentage with one decimal: 0.79 is "79.0%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${(fraction * 100).toFixed(1)}%`;
}

/**
 * Formats a value for a short label: two decimals from 0.1 up, two
 * significant digits below it, whole numbers with thousands separators from
 * 1000 up, and exponent notation below 0.0001 and from a million up.
 */
export function formatShort(value: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const size = Math.abs(value);
  if (size === 0) return "0";
  if (size >= LARGE) return formatExponent(value, 1);
  if (size >= 1000) return withMinus(Math.round(value).toLocaleString("en-US"));
  if (size >= 0.1) return formatDecimal(value, 2);
  if (size < 1e-4) return formatExponent(value, 1);
  return withMinus(value.toPrecision(2));
}
