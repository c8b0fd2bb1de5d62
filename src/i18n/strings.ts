import { numberSymbols, type NumberSymbols } from './digits.js';

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

/**
 * A template split around its placeholders, with each value put in as given: for texts that hold
 * story text (a choice, source names), which the element wraps in its own bidirectional isolate.
 * `parts('Most readers: {choice}', { choice: x })` → `['Most readers: ', x, '']`.
 */
export function parts(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? (Object.hasOwn(values, piece) ? values[piece] : `{${piece}}`) : piece));
}

/** The base names of a table's counted texts: `total` when the table has `total_other`. */
export type CountedKey<T> = { [K in keyof T & string]: K extends `${infer Base}_other` ? Base : never }[keyof T & string];

/**
 * A lookup over the defaults, the language's shipped texts and the host's overrides, in that order of
 * precedence from last to first: a host's `strings` win over a language module, which wins over the
 * English defaults. Only string values for a key count, so a host object with odd values (or a
 * prototype) cannot break rendering.
 *
 * `t.count(base, n, values)` picks a counted text by the language's plural rules (CLDR categories
 * through `Intl.PluralRules`): `${base}_one`, `${base}_few`, … where the host or the language has that
 * form, else `${base}_other`. So "1 read" and "2 reads" are two strings, never a word with an "s" added.
 * The English defaults' `_one` only serves English: a language module that lacks a form falls back to
 * its own `_other`, never to English. And English text is counted by English's rule, whatever the
 * element's language: under `lang="zh-TW"` (no texts shipped) it reads "1 source", not "1 sources".
 */
export function translator<T extends Strings>(
  defaults: T,
  overrides: Partial<Record<string, unknown>> | null | undefined,
  plural?: Intl.PluralRules,
  language?: Readonly<Record<string, string>>,
) {
  const own = (table: Partial<Record<string, unknown>> | null | undefined, key: string): string | undefined => {
    try {
      const value = table && Object.hasOwn(table, key) ? table[key] : undefined;
      return typeof value === 'string' ? value : undefined;
    } catch {
      // A getter that throws (or a revoked proxy): the default text, and one warning per object.
      if (table && !BROKEN_STRINGS.has(table)) {
        BROKEN_STRINGS.add(table);
        console.warn('reality-kit: reading the strings property threw; the default texts are shown');
      }
      return undefined;
    }
  };
  const custom = (key: string): string | undefined => own(overrides, key) ?? own(language, key);
  const t = (key: keyof T & string, values?: Record<string, string | number>): string => format(custom(key) ?? defaults[key], values);
  const count = (base: CountedKey<T>, n: number, values?: Record<string, string | number>): string => {
    const form = `${base}_${plural?.select(n) ?? (n === 1 ? 'one' : 'other')}`;
    const other = `${base}_other`;
    // The host's or the language's own form; else the language's `other`; with no language, the
    // English text by English's rule.
    const english = n === 1 && Object.hasOwn(defaults, `${base}_one`) ? `${base}_one` : other;
    const key = custom(form) !== undefined ? form : language ? other : english;
    return t(key as keyof T & string, values);
  };
  return Object.assign(t, { count });
}

export type Translator<T extends Strings> = ReturnType<typeof translator<T>>;

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
  /** A forecast as the reader types it: up to two decimals, no grouping, the language's digits. */
  decimal: Intl.NumberFormat;
  /** The language's decimal separator and percent sign, and which side of the number the sign goes. */
  symbols: NumberSymbols;
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
      get decimal() {
        return (made.decimal ??= new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }));
      },
      get symbols() {
        return (made.symbols ??= numberSymbols(lang));
      },
    };
    FORMATTERS.set(key, f);
  }
  return f;
}

/** Calendar-date formatters by time zone (`en-CA` writes dates as YYYY-MM-DD). */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The day number (days since 1970-01-01) of `time` on the calendar of `timeZone` (default: the reader's). */
function dayNumber(time: number, timeZone: string | undefined): number {
  const key = timeZone ?? '';
  let format = DAY_FORMATS.get(key);
  if (!format) DAY_FORMATS.set(key, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const [y, m, d] = format.format(time).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 864e5;
}

/**
 * "in 12 months", "tomorrow", "3 days ago", "in 2 seconds": with `Intl.RelativeTimeFormat`. Below a
 * day it counts seconds, minutes or hours; from there it counts calendar days in the reader's time
 * zone (`timeZone`, for tests), so at 20:00 a moment at 02:00 two dates on is "in 2 days", not
 * "tomorrow". An instant that is not a number gives `''`, never an exception during render.
 */
export function relativeTime(rtf: Intl.RelativeTimeFormat, target: number, now: number, timeZone?: string): string {
  if (!Number.isFinite(target) || !Number.isFinite(now)) return '';
  const diff = target - now;
  const abs = Math.abs(diff);
  if (abs < 60e3) return rtf.format(Math.round(diff / 1000), 'second');
  if (abs < 3600e3) return rtf.format(Math.round(diff / 60e3), 'minute');
  const days = dayNumber(target, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return rtf.format(Math.round(diff / 3600e3), 'hour');
  const span = Math.abs(days);
  if (span < 7) return rtf.format(days, 'day');
  if (span < 30) return rtf.format(Math.round(days / 7), 'week');
  if (span < 365) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

/** `format.format(time)`, or `''` for an instant the browser could not parse (never a RangeError). */
export function formatDate(format: Intl.DateTimeFormat, time: number): string {
  return Number.isFinite(time) ? format.format(time) : '';
}
