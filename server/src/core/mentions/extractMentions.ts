import type { DateMention, Mention, NumberMention, Span, TimeMention } from '../types';
import type { Token } from '../text/scan';
import { findBoilerplate } from '../text/layout';
import { Intervals } from '../util/intervals';
import { extractActors } from './actors';
import { extractDatesAndTimes } from './dates';
import { extractNumbers } from './numbers';
import { isCurrencyWord } from './units';
import { VOCABULARY, wordSet } from '../vocabulary';
import { findDateline, findDatelineDay, type Dateline, type DatelineDay } from './dateline';

/** "a Category 3 storm", "a Level 4 alert": a class word before a number names no actor. */
const CLASS_WORDS = wordSet(VOCABULARY.names.classWords);

/** True when `span` lies after the start of a number with a unit and within it. */
function inside(span: Span, numbers: readonly NumberMention[]): boolean {
	return numbers.some(n => n.unit && n.span.start < span.start && span.end <= n.span.end);
}

/** "Category" in "a Category 3 storm": a class word right before a figure. */
function isClassWord(text: string, span: Span): boolean {
	return CLASS_WORDS.has(text.slice(span.start, span.end).toLowerCase()) && /^\s\d/.test(text.slice(span.end, span.end + 2));
}

/** What the mention finders read: the bounded text, its tokens and sentences. */
export interface MentionContext {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly sentences: readonly Span[];
	readonly titleSentences: ReadonlySet<number>;
	readonly maxMentions: number;
}

/** The dateline and every mention of an article, sorted by offset; `notes` receives what a limit left out. */
export function extractMentions(ctx: MentionContext, notes: string[]): { published: Dateline | null; datelineDay: DatelineDay | null; mentions: Mention[] } {
	const { text, tokens, sentences } = ctx;
	const timeline: (DateMention | TimeMention)[] = [];
	for (const s of sentences) {
		timeline.push(...extractDatesAndTimes(text, s));
	}
	const published = findDateline(text, sentences, timeline);
	const datelineDay = published ? null : findDatelineDay(text, sentences, timeline);
	const datelineAt = published?.span.start ?? datelineDay?.span.start;
	const dated = datelineAt !== undefined ? timeline.map(m => m.kind === 'date' && m.span.start === datelineAt ? { ...m, role: 'dateline' as const } : m) : timeline;
	const takenBy = new Intervals(dated.map(d => d.span));
	const boilerplate = new Intervals(findBoilerplate(text));
	const numbers = extractNumbers(text, tokens, span => takenBy.overlaps(span));
	// A country before an amount stays a name ("US$5": the United States); a currency code does not ("Rs 400", "KES 200").
	const actors = extractActors({ text, tokens, titleSentences: ctx.titleSentences, taken: span => takenBy.overlaps(span) || boilerplate.overlaps(span) })
		.filter(a => a.type === 'state' || !(isCurrencyWord(text, a.span) || isClassWord(text, a.span)));
	// A capitalised word inside a number's unit ("113 degrees Fahrenheit", "6.4 on the Richter scale") is the unit's;
	// a name that starts where a number does ("F-15E") keeps its place.
	const units = new Intervals(numbers.filter(n => n.unit).map(n => ({ start: n.span.start + 1, end: n.span.end })));
	const names = actors.filter(a => !units.overlaps(a.span) || !inside(a.span, numbers));
	const actorSpans = new Intervals(names.map(a => a.span));
	const numbersOutsideActors: NumberMention[] = numbers.filter(n => !actorSpans.overlaps(n.span));
	let mentions: Mention[] = [...dated, ...numbersOutsideActors, ...names].sort((a, b) => a.span.start - b.span.start);
	if (mentions.length > ctx.maxMentions) {
		notes.push(`only the first ${ctx.maxMentions.toLocaleString('en-US')} of ${mentions.length.toLocaleString('en-US')} mentions were kept`);
		mentions = mentions.slice(0, ctx.maxMentions);
	}
	return { published, datelineDay, mentions };
}
