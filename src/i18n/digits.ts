/**
 * The reader's own digits. A forecast typed on a Japanese keyboard arrives as full-width "４５", on an
 * Egyptian one as Arabic-Indic "٤٥", on a Hindi one as Devanagari "४५"; a German reader writes
 * "33,5". These helpers turn such text into the plain ASCII decimal the strict percent parser reads,
 * and give the characters to show a value back in the reader's language.
 */

/**
 * The zero of every decimal digit set a reader is likely to type (Unicode general category Nd;
 * each set is ten consecutive code points starting at its zero): ASCII, Arabic-Indic, Extended
 * Arabic-Indic (Persian, Urdu), N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
 * Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Myanmar Shan, Khmer, Mongolian, Full-width.
 */
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090,
  0x17e0, 0x1810, 0xff10,
];

/** Decimal marks any reader may use besides the language's own: `.`, Arabic `٫`, full-width `．`. */
const DECIMAL_MARKS = ['.', '\u066b', '\uff0e'];
/** Percent signs: ASCII, Arabic `٪`, full-width `％`. */
const PERCENT_SIGNS = /[%\u066a\uff05]/g;

/**
 * `text` with every digit in ASCII, the decimal mark as `.` and percent signs as `%`, or `null` when
 * it mixes two digit sets ("4٥" is more likely a slip than a number). `decimal` is the language's own
 * decimal separator (`,` in German); `.` is read as one in every language, since a forecast below
 * 100 never has a thousands separator.
 */
export function asciiDigits(text: string, decimal = '.'): string | null {
  let zero: number | null = null;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const set = ZEROS.find((z) => code >= z && code < z + 10);
    if (set !== undefined) {
      if (zero !== null && zero !== set) return null;
      zero = set;
      out += String(code - set);
    } else if (char === decimal || DECIMAL_MARKS.includes(char)) out += '.';
    else out += char;
  }
  return out.replace(PERCENT_SIGNS, '%');
}

/** The decimal separator and percent sign of a language, read from `Intl` (`,` and `%` in German). */
export interface NumberSymbols {
  decimal: string;
  percent: string;
  /** Whether the percent sign comes before the number (Turkish "%45"). */
  percentFirst: boolean;
}

export function numberSymbols(lang: string | undefined): NumberSymbols {
  const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const parts = new Intl.NumberFormat(lang, { style: 'percent' }).formatToParts(0.5);
  const sign = parts.findIndex((p) => p.type === 'percentSign');
  const number = parts.findIndex((p) => p.type === 'integer');
  return { decimal, percent: parts[sign]?.value ?? '%', percentFirst: sign !== -1 && sign < number };
}
