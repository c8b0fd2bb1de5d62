/** Types for translations.js, which the Storybook stories share with the demo. */
export declare const TRANSLATIONS: Record<'de' | 'ja' | 'ar', Record<string, Record<string, string>>>;
