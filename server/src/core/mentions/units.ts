import type { Dimension, Span, Unit } from '../types';
import { alternation, capitalise, VOCABULARY, wordMap } from '../vocabulary';
import { plural } from '../vocabulary/facts';

/**
 * The units numbers are written in (vocabulary/units.json): measures, currencies,
 * scale suffixes and ages, compiled once into lookup tables and anchored patterns
 * that are tried only at the edges of a number already found.
 */
const data = VOCABULARY.units;

interface MeasureData { readonly dimension: string; readonly factor: number; readonly offset?: number; readonly forms: readonly string[]; readonly gluedForms?: readonly string[]; readonly formsBefore?: readonly string[] }
interface CurrencyData { readonly before: readonly string[]; readonly after: readonly string[]; readonly afterScale?: readonly string[] }

const unit = (dimension: Dimension, symbol: string, factor: number, offset?: number): Unit =>
	Object.freeze(offset === undefined ? { dimension, symbol, factor } : { dimension, symbol, factor, offset });
const money = (code: string): Unit => unit('money', code, 1);
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const byLength = (forms: Iterable<string>) => [...new Set(forms)].sort((a, b) => b.length - a.length);
const phrase = (forms: Iterable<string>) => alternation(byLength(forms)).replace(/ /g, '[ \\u00a0]?');

/** Forms of one or two characters are matched as written (or capitalised: "Km"), longer ones case-blind. */
const SHORT = new Map<string, Unit>();
const LONG = new Map<string, Unit>();
const GLUED = new Map<string, Unit>();
const BEFORE = new Map<string, Unit>();
const AFTER_SCALE = new Map<string, Unit>();
const CURRENCY_BEFORE = new Map<string, Unit>();

for (const [symbol, m] of Object.entries(data.measures as Record<string, MeasureData>)) {
	const u = unit(m.dimension as Dimension, symbol, m.factor, m.offset);
	for (const form of m.forms) {
		if (form.length <= 2) {
			SHORT.set(form, u);
			if (form.length === 2) { SHORT.set(capitalise(form), u); }
		} else if (!LONG.has(fold(form))) {
			LONG.set(fold(form), u);
		}
	}
	for (const form of m.gluedForms ?? []) { GLUED.set(form, u); }
	for (const form of m.formsBefore ?? []) { BEFORE.set(fold(form), u); }
}
for (const [code, c] of Object.entries(data.currencies as Record<string, CurrencyData>)) {
	for (const form of c.before) { CURRENCY_BEFORE.set(form, money(code)); }
	for (const form of c.after) { LONG.set(fold(form), money(code)); }
	for (const form of c.afterScale ?? []) { AFTER_SCALE.set(fold(form), money(code)); }
}
const SCALE_SUFFIXES = wordMap(data.scaleSuffixes as Record<string, number>);
const AGES = Object.entries(data.ages as Record<string, { factor: number; forms: string[] }>);
const AGE_UNITS = new Map(AGES.flatMap(([symbol, a]) => a.forms.map(f => [f, unit('age', symbol, a.factor)] as const)));
/**
 * Symbols that are words (three letters or more, with a vowel: "acre", "year", not "yr" or "mph"), with the plural
 * their written forms give ("acres", "years"; "gal" and "nmi" have none).
 */
const PLURAL_SYMBOLS = new Map([...Object.entries(data.measures as Record<string, MeasureData>), ...AGES]
	.flatMap(([symbol, m]) => /^(?=.*[aeiouy])[a-z]{3,}$/.test(symbol) && m.forms.includes(plural(symbol)) ? [[symbol, plural(symbol)] as const] : []));

/** The plural of a unit's symbol when the symbol is a word ("years", "acres"), else the symbol itself. */
export function symbolPlural(symbol: string): string {
	return PLURAL_SYMBOLS.get(symbol) ?? symbol;
}

// Cheap tests before the patterns run: the first word a unit written after a number can start with, and the last
// character of a currency symbol written before one.
const bare = (w: string) => w.toLowerCase().replace(/[,.;:!?)"'’”]+$/, '');
const FIRST_WORDS = new Set([...SHORT.keys(), ...LONG.keys(), ...GLUED.keys(), ...AFTER_SCALE.keys()].map(f => bare(fold(f).split(/[ -]/)[0])));
const BEFORE_ENDS = new Set([...BEFORE.keys()].map(f => f[f.length - 1]));
const NEXT_WORD = /^[- \u00a0]?([^\s-]+)/;
const SYMBOL_ENDS = new Set([...CURRENCY_BEFORE.keys()].map(f => f[f.length - 1]).filter(c => !/[\p{L}.]/u.test(c)));

/** True when the word after `end` may begin a unit (a set lookup, so most numbers skip the patterns). */
export function mayHaveUnitAfter(text: string, end: number): boolean {
	const m = NEXT_WORD.exec(text.slice(end, end + 24));
	return !!m && FIRST_WORDS.has(bare(m[1]));
}

// Anchored patterns: a unit right after a number (glued, hyphenated or after one space), a symbol or word right before it.
const AFTER = new RegExp(`^([- \\u00a0]?)(${phrase([...SHORT.keys(), ...LONG.keys(), ...GLUED.keys(), ...AFTER_SCALE.keys()])})(?![\\p{L}\\p{N}])`, 'iu');
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${phrase(BEFORE.keys())})[\\s-]$`, 'iu');
const SYMBOL_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}$£€¥])(${alternation(byLength(CURRENCY_BEFORE.keys()))})(\\s?)$`, 'u');
const SUFFIX = new RegExp(`^(${alternation(byLength([...SCALE_SUFFIXES.keys()]))})(?![\\p{L}\\p{N}])`, 'iu');
const AGE_AFTER = new RegExp(`^[-\\s](${alternation(byLength(AGE_UNITS.keys()))})[-\\s]old\\b`, 'i');

/** What a unit reading adds to a number: the unit, a scale to multiply by, and where the written unit ends or starts. */
export interface UnitAfter {
	readonly unit?: Unit;
	readonly scale: number;
	readonly end: number;
}

/** A currency symbol or code written before an amount ("£", "US$", "Sh", "KES "); `weak` for one-letter symbols ("N", "R"). */
export function currencyBefore(text: string, start: number): { unit: Unit; start: number; weak: boolean } | undefined {
	const k = text[start - 1] === ' ' ? start - 1 : start;
	const c = text[k - 1] ?? '';
	if (/[\p{L}.]/u.test(c) ? !CURRENCY_BEFORE.has(/[\p{L}.]+$/u.exec(text.slice(Math.max(0, k - 6), k))![0]) : !SYMBOL_ENDS.has(c)) { return undefined; }
	const m = SYMBOL_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
	if (!m) { return undefined; }
	const weak = m[1].length === 1 && /\p{L}/u.test(m[1]);
	if (weak && m[2]) { return undefined; }
	return { unit: CURRENCY_BEFORE.get(m[1])!, start: start - m[0].length, weak };
}

/** "Rs 4 lakh", "KES 200": a currency written in letters right before an amount, which names no actor. */
export function isCurrencyWord(text: string, span: Span): boolean {
	return CURRENCY_BEFORE.has(text.slice(span.start, span.end)) && /^[\s.]?\s?\d/.test(text.slice(span.end, span.end + 3));
}

/** A scale suffix glued to the digits ("40m", "2.5bn"); the one-letter ones only after a currency. */
export function scaleSuffix(text: string, end: number, money: boolean): UnitAfter | undefined {
	const m = SUFFIX.exec(text.slice(end, end + 4));
	if (!m || (m[1].length === 1 && !money)) { return undefined; }
	return { scale: SCALE_SUFFIXES.get(m[1].toLowerCase())!, end: end + m[0].length };
}

/**
 * "2.2m bpd", "40m people": a one-letter scale glued to digits without a currency, before a unit other than a length or
 * a noun `counts` names, is a scale (millions), not metres.
 */
export function countScale(text: string, end: number, counts: (word: string) => boolean): UnitAfter | undefined {
	const m = /^([mkb])\s+(\p{L}+)/iu.exec(text.slice(end, end + 32));
	if (!m) { return undefined; }
	const unit = unitAfter(text, end + 1, true)?.unit;
	return (unit && unit.dimension !== 'length') || counts(m[2]) ? { scale: SCALE_SUFFIXES.get(m[1].toLowerCase())!, end: end + 1 } : undefined;
}

/**
 * The unit written right after a number ending at `end`: "%", " percent",
 * "km", "-mile", " square miles", " dollars"; `scaled` when a scale word came
 * first, so that "40 million pounds" is money and "40 pounds" a weight.
 */
export function unitAfter(text: string, end: number, scaled: boolean): UnitAfter | undefined {
	if (!mayHaveUnitAfter(text, end)) { return undefined; }
	const m = AFTER.exec(text.slice(end, end + 32));
	if (!m) { return undefined; }
	const written = m[2];
	const glued = m[1] === '';
	// "40m" with no currency before it: metres or millions; left unread.
	if (glued && written.length === 1 && SCALE_SUFFIXES.has(written.toLowerCase())) { return undefined; }
	const u = (scaled ? AFTER_SCALE.get(fold(written)) : undefined)
		?? (written.length <= 2 ? SHORT.get(written) : LONG.get(fold(written)))
		?? (glued ? GLUED.get(written) : undefined);
	return u ? { unit: u, scale: 1, end: end + m[0].length } : undefined;
}

/** A unit word written before the number ("magnitude 6.8", "a magnitude of 7"). */
export function unitBefore(text: string, start: number): { unit: Unit; start: number } | undefined {
	if (!BEFORE_ENDS.has(text[start - 2]?.toLowerCase() ?? '')) { return undefined; }
	const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
	return m ? { unit: BEFORE.get(fold(m[1]))!, start: start - m[0].length } : undefined;
}

/** An age written after the number: "67-year-old", "24 years old", "six-month-old". */
export function ageAfter(text: string, end: number): UnitAfter | undefined {
	const m = AGE_AFTER.exec(text.slice(end, end + 20));
	return m ? { unit: AGE_UNITS.get(m[1].toLowerCase()), scale: 1, end: end + m[0].length } : undefined;
}

/** The unit of a time written as a clock ("ran 2:04:37"). */
export const HOURS: Unit = LONG.get('hours') ?? unit('duration', 'h', 1 / 24);

/** The unit of an age written another way ("aged 24", "Lilan Li, 63,"). */
export const YEARS_OF_AGE: Unit = AGE_UNITS.get('years') ?? unit('age', 'year', 1);

/** Dimensions whose values cannot be negative; "less than 3 miles" starts at 0. */
export function isNonNegative(u: Unit): boolean {
	return u.dimension !== 'temperature';
}

/** Dimensions read as continuous ("more than 94%" starts at 94, not 95); counts and ages are whole. */
export function isContinuous(u: Unit): boolean {
	return u.dimension !== 'age';
}
