import type { Interval } from '../types';
import { alternation, VOCABULARY, wordSet } from '../vocabulary';

/**
 * Hedges ("more than", "nearly", "about") and what they do to a number's
 * interval: a hard one (what the words strictly allow) and a looser one.
 */
const words = VOCABULARY.numbers;

export type HedgeKind = 'above' | 'atLeast' | 'below' | 'atMost' | 'near' | 'upper' | 'about' | 'exact';

/** A number's two intervals. */
export interface Reading {
	readonly hard: Interval;
	readonly loose: Interval;
}

/** How a number's scale bends a hedge: measures are continuous ("more than 94%" starts at 94) and may be non-negative. */
export interface Scale {
	readonly continuous: boolean;
	readonly nonNegative: boolean;
}

const COUNT: Scale = { continuous: false, nonNegative: false };

/** Hedges before a number, spun synonyms included ("greater than", "practically"), in the order they are tried. */
const HEDGES: [RegExp, HedgeKind][] = (Object.keys(words.hedges) as HedgeKind[]).map(kind => [new RegExp(`\\b(?:${alternation(words.hedges[kind])})\\s+$`, 'i'), kind]);
const KIND_OF = new Map((Object.keys(words.hedges) as HedgeKind[]).flatMap(kind => words.hedges[kind].map(w => [w, kind] as const)));
/** "climbed up to 288": after a verb of rising, "up to" says where a figure got to, not a ceiling. */
const REACHED = new RegExp(`\\b(?:${alternation(words.risingVerbs)})\\s+up\\s+to\\s+$`, 'i');

/** The hedge written right before `start` (within `before`, the text that precedes it), if any. */
export function findHedge(before: string): { phrase: string; kind: HedgeKind; length: number } | undefined {
	for (const [re, kind] of HEDGES) {
		const m = re.exec(before);
		if (!m) { continue; }
		if (kind === 'atMost' && REACHED.test(before)) { return undefined; }
		return { phrase: m[0].trim().toLowerCase(), kind, length: m[0].length };
	}
	return undefined;
}

/** The kind of a hedge phrase as {@link findHedge} returns it. */
export function hedgeKind(phrase: string): HedgeKind | undefined {
	return KIND_OF.get(phrase);
}

export function exact(n: number): Interval {
	return { min: n, max: n };
}

/** The rounding step a written number suggests: 170 -> 10, 85 -> 5, 2,500 -> 100. */
function granularity(n: number): number {
	if (!Number.isInteger(n) || n < 10) { return 1; }
	// The largest of 1, 5, 10, 50, 100, … that divides n and is at most a quarter of it.
	let g = 1;
	for (let step = 5; step <= n / 4; step *= String(step)[0] === '5' ? 2 : 5) {
		if (n % step === 0) { g = step; }
	}
	return g;
}

/** The loose reading of a bare number: a round figure may have been rounded. */
export function roundLoose(n: number): Interval {
	const g = granularity(n);
	return g > 1 && n >= 20 ? { min: n - g / 2, max: n + g / 2 } : exact(n);
}

/** The intervals a hedge makes of a number's. */
export function applyHedge(kind: HedgeKind, base: Reading, scale: Scale = COUNT): Reading {
	const n = base.hard.min ?? 0;
	const top = base.hard.max ?? n;
	const g = granularity(n);
	const tol = Math.max(1, Math.round(n * 0.1), Math.ceil(g / 2));
	const whole = Number.isInteger(n) && !scale.continuous;
	const floor = scale.nonNegative ? 0 : null;
	switch (kind) {
		case 'above': return { hard: { min: whole ? n + 1 : n, max: null }, loose: { min: whole ? n + 1 : n, max: n + Math.max(g, Math.ceil(n / 2)) } };
		case 'atLeast': return { hard: { min: n, max: null }, loose: { min: n, max: n + Math.max(g, Math.ceil(n / 2)) } };
		case 'below': return { hard: { min: floor, max: whole ? top - 1 : top }, loose: { min: Math.max(0, top - Math.max(g, Math.ceil(top / 2))), max: whole ? top - 1 : top } };
		case 'atMost': return { hard: { min: floor, max: top }, loose: { min: Math.max(0, top - Math.max(g, Math.ceil(top / 2))), max: top } };
		case 'near': return { hard: { min: Math.max(0, n - tol), max: whole ? n - 1 : n }, loose: { min: Math.max(0, n - 2 * tol), max: n } };
		// "as many as 30": the figure itself, or a little below it; never above.
		case 'upper': return { hard: { min: Math.max(0, n - tol), max: top }, loose: { min: Math.max(0, n - 2 * tol), max: top } };
		case 'about': return base.hard.max === base.hard.min
			? { hard: { min: Math.max(0, n - tol), max: n + tol }, loose: { min: Math.max(0, n - 2 * tol), max: n + 2 * tol } }
			: base;
		default: return base;
	}
}

/** Words after a number that leave it open ("40 or more", "150 and counting"). */
export const OPEN_AFTER = new RegExp(`^\\s+(${alternation(words.openAfter)})\\b`, 'i');

/** Words that end a counted noun: function words, and the days a figure was given on ("rose to 99 Monday", "12 yesterday"). */
export const COUNT_STOP = wordSet([...words.countedNounStops, ...VOCABULARY.dates.weekdays, ...Object.keys(VOCABULARY.dates.relativeDays)]);
