import type { Mention, Span } from '../types';
import { CLAUSE_END, tokenAtOrAfter, type TokenView } from './tokenView';
import type { EventDraft } from './eventMentions';
import { END_MARKERS, END_VERBS, WITHIN_EVENT_CUES } from '../vocabulary/events';
import { VOCABULARY, wordSet } from '../vocabulary';
import { DETERMINERS } from '../mentions/actorPieces';
import { isParticiple } from './predicates';

const SPEECH_VERBS = wordSet(VOCABULARY.attribution.speechVerbs);
/** "about", "around": an approximation between an end marker and its time ("until about 3 am"). */
const APPROXIMATELY = wordSet(VOCABULARY.numbers.hedges.about);

/**
 * When an event happened, as its sentence says: the dates and times said right beside its word ("the blast at
 * 9:30 p.m."), as mention indices; not one that bounds something, nor one that belongs to another verb.
 */
export function eventMoments(view: TokenView, mentions: readonly Mention[], e: EventDraft): { dates: number[]; times: number[] } {
	const beside = (i: number) => nextTo(view, e.trigger, mentions[i].span) && !endsSomething(view, mentions[i].span) && !verbBetween(view, mentions[i].span, e.trigger);
	return { dates: e.dates.filter(i => dayPrecise(mentions[i]) && beside(i)), times: e.times.filter(beside) };
}

/**
 * A date precise enough to compare an event by: a day, or a named month ("in January", "late January"), not a year;
 * nor a day after the article's ("will visit the crash site tomorrow"), which is when something is planned.
 */
function dayPrecise(m: Mention): boolean {
	if (m.kind !== 'date' || m.implied) { return false; }
	const e = m.expr;
	return e.type === 'weekday' || (e.type === 'offset' && e.unit === 'day' && e.amount <= 0) || (e.type === 'absolute' && e.month !== undefined);
}

/** Tokens an event's date or time may stand from its word, in the same clause. */
const BESIDE = 8;

/** True when two spans are at most {@link BESIDE} tokens apart with no clause break between them. */
function nextTo(view: TokenView, a: Span, b: Span): boolean {
	const [from, to] = a.start <= b.start ? [a.end, b.start] : [b.end, a.start];
	let tokens = 0;
	for (let i = tokenAtOrAfter(view, from); i < view.tokens.length && view.tokens[i].start < to; i++) {
		if (++tokens > BESIDE || /^[;:—–]$/.test(view.words[i])) { return false; }
	}
	return true;
}

/**
 * "The weather service on Tuesday upgraded the tornado": a verb in the past and its object's determiner between a date
 * and the event word after it; the date is when the verb's action was done, not when the event happened.
 */
function verbBetween(view: TokenView, date: Span, trigger: Span): boolean {
	if (date.end > trigger.start) { return false; }
	for (let i = tokenAtOrAfter(view, date.end); i + 1 < view.tokens.length && view.tokens[i + 1].start < trigger.start; i++) {
		const w = view.words[i];
		if ((isParticiple(w) || SPEECH_VERBS.has(w)) && !view.tokens[i].cap && DETERMINERS.has(view.words[i + 1])) { return true; }
	}
	return false;
}

/** "burned until 3.15 am", "by 9 a.m.", "was completed at 8 am": a time that bounds something is not when the event happened. */
function endsSomething(view: TokenView, span: Span): boolean {
	let at = tokenAtOrAfter(view, span.start);
	// "until 3.15 am (0215GMT)": a time restated in brackets stands where the one before it does.
	if (view.words[at - 1] === '(' && view.mentionAt[at - 2] >= 0) { at = view.first[view.mentionAt[at - 2]]; }
	// "shortly after 10.15 p.m.", "just before midnight": close to the time, so when it happened, not a bound.
	if ((view.words[at - 1] === 'after' || view.words[at - 1] === 'before') && WITHIN_EVENT_CUES.has(view.words[at - 2] ?? '')) { return false; }
	if (at > 0 && (END_MARKERS.has(view.words[at - 1]) || (APPROXIMATELY.has(view.words[at - 1]) && END_MARKERS.has(view.words[at - 2])))) { return true; }
	// "landfall was completed around 8.30 am": the verb of the time's clause says when the event ended.
	for (let k = at - 1; k >= Math.max(0, at - END_REACH) && !CLAUSE_END.has(view.words[k]) && view.words[k] !== ','; k--) {
		if (END_VERBS.has(view.words[k])) { return true; }
	}
	return false;
}

/** How far before a time the verb saying the event ended is looked for. */
const END_REACH = 4;
