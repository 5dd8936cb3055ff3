import type { Mention, Span } from '../types';
import { ANAPHORA, DEMONSTRATIVES, EVENT_WORDS, IMPLYING_WORDS, LONG_AGO_UNITS, MODIFIED_HEADS, OCCURRENCE_VERBS, PRIOR_CUES, WITHIN_EVENT_CUES } from '../vocabulary/events';
import type { TokenView } from './tokenView';

/** One mention of an event (a crash, a vote, a strike) in a sentence, with what the sentence ties to it. */
export interface EventDraft {
	readonly sentence: number;
	readonly trigger: Span;
	readonly word: string;
	/** The kind the word names (events.json), or null for a generic word ("incident"). */
	readonly kind: string | null;
	/** Indices into the article's mentions. */
	readonly places: number[];
	readonly actors: number[];
	readonly dates: number[];
	readonly times: number[];
	/** "the blast", "that attack": refers back to an event already named. */
	readonly anaphoric: boolean;
	/** "that attack", "this blast": refers back to the event named last. */
	readonly demonstrative?: boolean;
	/** No event word: the event is implied by a verb ("three were killed"). */
	readonly implicit: boolean;
	/** Named as an earlier event: "weeks after a bombing in Mogadishu last month". */
	readonly prior: boolean;
}

/** The event words of one sentence, without yet their places, dates and participants. */
export function findEventWords(view: TokenView, text: string, sentence: number, from: number, to: number): EventDraft[] {
	const found: EventDraft[] = [];
	let lastNoun = -Infinity;
	for (let i = from; i <= to; i++) {
		const t = view.tokens[i];
		if (t.kind !== 'word' || view.tokens[i + 1]?.joined || view.mentionAt[i] >= 0) { continue; }
		const hit = EVENT_WORDS.match(view.words, i);
		// "the fire department", "a disaster declaration": the event word names another thing.
		if (!hit || MODIFIED_HEADS.has(view.words[i + hit.length])) { continue; }
		// "a tower collapsed, killing at least 45": a participle after a comma tells what the event before it did.
		if (found.length && view.words[i - 1] === ',' && hit.length === 1 && view.words[i].endsWith('ing')) { continue; }
		// "The first round of elections took place on May 14": the verb tells when its subject happened; it is no event of its own.
		if (OCCURRENCE_VERBS.match(view.words, i)) {
			if (subjectBefore(view, lastNoun, i) && !found[found.length - 1].prior) { i += hit.length - 1; continue; }
		} else {
			lastNoun = i + hit.length - 1;
		}
		const end = view.tokens[i + hit.length - 1].end;
		found.push({
			sentence, trigger: { start: t.start, end }, word: view.words.slice(i, i + hit.length).join(' '), kind: hit.value.kind,
			places: [], actors: [], dates: [], times: [], anaphoric: ANAPHORA.has(view.words[i - 1]) || ANAPHORA.has(view.words[i - 2]),
			...(DEMONSTRATIVES.has(view.words[i - 1]) ? { demonstrative: true } : {}),
			implicit: false, prior: isPrior(view, text, i, from),
		});
		i += hit.length - 1;
	}
	if (!found.length) {
		const death = view.words.slice(from, to + 1).findIndex(w => IMPLYING_WORDS.has(w)) + from;
		if (death >= from) {
			const t = view.tokens[death];
			found.push({ sentence, trigger: t, word: 'killing', kind: null, places: [], actors: [], dates: [], times: [], anaphoric: true, implicit: true, prior: false });
		}
	}
	return found;
}

/** An event noun shortly before a verb, in the same clause: its subject. */
function subjectBefore(view: TokenView, noun: number, verb: number): boolean {
	if (verb - noun > 8) { return false; }
	for (let k = noun + 1; k < verb; k++) {
		// A clause break; the period of an abbreviation ("Jan.") is none.
		if (/^[,;:—–()]$/.test(view.words[k])) { return false; }
	}
	return true;
}

/** How many words before an event word a cue that it came before the one reported is looked for. */
const PRIOR_REACH = 7;

/** "after a bombing", "a previous attack", "last month, a …": an event before the one reported. */
function isPrior(view: TokenView, text: string, i: number, from: number): boolean {
	for (let k = i - 1; k >= Math.max(from, i - PRIOR_REACH); k--) {
		// "20 months after the Elmbridge Christmas market attack": a span of days or more before "after" puts the event in
		// the past however many words name it; without one the cue must be close to its event word.
		if (PRIOR_CUES.has(view.words[k]) && (k >= i - 4 || (k > from && LONG_AGO_UNITS.has(view.words[k - 1])))) { return !WITHIN_EVENT_CUES.has(view.words[k - 1] ?? ''); }
		if (view.tokens[k].kind === 'punct') { break; }
	}
	return /\b(?:last|earlier this|previous)\s+(?:month|week|year)\s*,?\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, view.tokens[i].start - 50), view.tokens[i].start));
}

/** Ties a sentence's dates, times, places and participants to its nearest event word. */
export function attachMentions(events: EventDraft[], mentions: readonly Mention[], indices: readonly number[], tie: (e: EventDraft, m: Mention, index: number) => void): void {
	if (!events.length) { return; }
	for (const idx of indices) {
		const m = mentions[idx];
		tie(events[nearestEvent(events, m.span.start)], m, idx);
	}
}

/** The event closest to an offset, preferring one named before it. */
export function nearestEvent(events: readonly EventDraft[], at: number): number {
	let best = -1;
	let bestCost = Infinity;
	events.forEach((e, i) => {
		const cost = e.trigger.start <= at ? at - e.trigger.end : (e.trigger.start - at) * 1.5;
		if (cost < bestCost) { best = i; bestCost = cost; }
	});
	return best;
}
