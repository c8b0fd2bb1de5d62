/**
 * Fixed texts: every element has a flat table of defaults that a host can override key by key
 * through the `strings` property. `{name}` placeholders are filled with values; unknown ones stay.
 */

export type Strings = Record<string, string>;

/** `format('{count} sources', { count: 3 })` → `3 sources`. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  if (!template.includes('{')) return template; // most texts have no placeholder: skip the regex
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** `strings` objects that threw when read, so each is warned about once. */
const BROKEN_STRINGS = new WeakSet<object>();

/** The base names of a table's counted texts: `total` when the table has `total_other`. */
export type CountedKey<T> = { [K in keyof T & string]: K extends `${infer Base}_other` ? Base : never }[keyof T & string];

/**
 * A lookup over the defaults and the host's overrides. Only string overrides for known keys count,
 * so a host object with odd values (or a prototype) cannot break rendering.
 *
 * `t.count(base, n, values)` picks a counted text by the language's plural rules (CLDR categories
 * through `Intl.PluralRules`): `${base}_one`, `${base}_few`, … where the table (or the host) has that
 * form, else `${base}_other`. So "1 read" and "2 reads" are two strings, never a word with an "s" added.
 */
export function translator<T extends Strings>(defaults: T, overrides: Partial<Record<string, unknown>> | null | undefined, plural?: Intl.PluralRules) {
  const custom = (key: string): string | undefined => {
    try {
      const value = overrides && Object.hasOwn(overrides, key) ? overrides[key] : undefined;
      return typeof value === 'string' ? value : undefined;
    } catch {
      // A getter that throws (or a revoked proxy): the default text, and one warning per object.
      if (overrides && !BROKEN_STRINGS.has(overrides)) {
        BROKEN_STRINGS.add(overrides);
        console.warn('reality-kit: reading the strings property threw; the default texts are shown');
      }
      return undefined;
    }
  };
  const t = (key: keyof T & string, values?: Record<string, string | number>): string => format(custom(key) ?? defaults[key], values);
  const count = (base: CountedKey<T>, n: number, values?: Record<string, string | number>): string => {
    const form = `${base}_${plural?.select(n) ?? (n === 1 ? 'one' : 'other')}`;
    const known = custom(form) !== undefined || Object.hasOwn(defaults, form);
    return t((known ? form : `${base}_other`) as keyof T & string, values);
  };
  return Object.assign(t, { count });
}

export interface Formatters {
  integer: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  /** Brier scores: three decimals. */
  score: Intl.NumberFormat;
  /** Baseline scores: one decimal, with a sign. */
  signed: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  relative: Intl.RelativeTimeFormat;
  plural: Intl.PluralRules;
}

/**
 * Formatters per language. Building an `Intl` formatter costs far more than using one, and a page
 * may render a thousand widgets in one language, so each set is built once and reused: a memo of
 * immutable objects, not state. Each formatter is built on first use, because the first one of a
 * kind is the costly one on a cold page (a date format is 2–4 ms) and most elements use only two.
 */
const FORMATTERS = new Map<string, Formatters>();

export function formatters(lang: string | undefined): Formatters {
  const key = lang ?? '';
  let f = FORMATTERS.get(key);
  if (!f) {
    const made: Partial<Formatters> = {};
    f = {
      get integer() {
        return (made.integer ??= new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }));
      },
      get percent() {
        return (made.percent ??= new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }));
      },
      get score() {
        return (made.score ??= new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
      },
      get signed() {
        return (made.signed ??= new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
      },
      get date() {
        return (made.date ??= new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
      },
      get relative() {
        return (made.relative ??= new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
      },
      get plural() {
        return (made.plural ??= new Intl.PluralRules(lang));
      },
    };
    FORMATTERS.set(key, f);
  }
  return f;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
];

/** "in 12 months", "3 days ago": the largest unit that fits, with `Intl.RelativeTimeFormat`. */
export function relativeTime(rtf: Intl.RelativeTimeFormat, target: number, now: number): string {
  const diff = target - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(Math.round(diff / 1000), 'second');
}
