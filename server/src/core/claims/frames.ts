import type { Mention, NumberMention, Span } from '../types';
import {
	DIMENSION_FACTS, FACT_HEADS, FACT_WORDS, factKind, headClass, mayCount, windowBefore, PARTITIVE_MARKERS, RATE_PHRASES, RISE_VERBS, SKIP_WORDS, PART_AFTER, PART_BEFORE, NEED_SUBJECT, LATER_PHRASES, REPEATED_ACTIONS, SUBSET_MARKERS, VAGUE_PHRASES, TIMES_NOUNS, VOTE_WORDS, writtenIn, type FactKind,
} from '../vocabulary/facts';
import { CLAUSE_END, closingComma, describesNoun, mentionOfKind, type TokenView } from './tokenView';
import { countProgress } from './qualifiers';
import { subjectOf } from './subjects';
import { addedLater, alone, atScene, participleOfLarger, remaining } from './parts';
import { antecedentFact, beforeTarget, tallyBefore, tallyOnly } from './tallies';
import { changeAmount, levelOfChange, otherSide, poolOfPart, voteSide } from './sides';
import { countedEnd, expectedFigure, measuresEvent, openPredicate, predicateStart } from './predicates';

/**
 * What a number states: the fact (a kind from the vocabulary, or an open
 * predicate that matches only itself), what it counts, and whose value it is.
 * Found from the words around the number, as English builds such phrases:
 * "N people were killed", "killed N people", "the toll rose to N", "N% of the
 * vote", "including N children", "a 67-year-old", "N to M".
 */
export interface Frame {
	readonly fact: string;
	/** The class of what is counted ("person", "child", "rifle"); null for measured values. */
	readonly head: string | null;
	readonly generic: boolean;
	/** The mention the value belongs to (a candidate's share, a person's age), or -1. */
	readonly subject: number;
	/** The words that state it: the number with its predicate. */
	readonly span: Span;
	/** Stated as a rise ("rose to", "climbed to"): an update of an earlier figure. */
	readonly rising: boolean;
	/** A part of a figure given before ("including three children", "three of them"). */
	readonly subset: boolean;
	/** Those added to a count since it was given ("one died of his wounds"). */
	readonly added?: boolean;
	/** Matched on weak evidence: a predicate the vocabulary lacks, or a bare count of a noun. */
	readonly weak: boolean;
}

/** Measures that say what they are by their unit alone, once whose they are is known: an age, a distance from a place, a magnitude. */
const SELF_STATED = new Set(['age', 'length', 'magnitude']);
/** Measures of the event itself when written right before its word: how long it lasted, how strong it was. */
const EVENT_MEASURES = new Set(['duration', 'magnitude']);
/** Measures that belong to someone or somewhere whatever fact they state: an age, a distance, a sum of money. */
const OWNED = new Set(['age', 'length', 'money']);

/** Where to look: the article's tokens and mentions, and the sentence's token range. */
export interface FrameContext {
	readonly view: TokenView;
	readonly mentions: readonly Mention[];
	/** First and last token (inclusive) of the sentence. */
	readonly from: number;
	readonly to: number;
}

/** A fact word found for a number: the fact, the token it starts at, and how far it is from the number. */
export interface Found { readonly fact: FactKind; readonly at: number; readonly distance: number }

const RIGHT_STOPS = new Set(['while', 'whereas', 'but', 'when', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'if']);
const LEFT_GAPS = new Set(['of', 'to', 'at', 'the', 'a', 'an', 'some', 'another', 'further', 'additional', 'by']);

/** The frame of a number mention, given the frame of the figure stated before it (for "including", "of them"). */
export function numberFrame(ctx: FrameContext, index: number, antecedent: Frame | undefined): Frame | undefined {
	const m = ctx.mentions[index] as NumberMention;
	const a = ctx.view.first[index];
	const b = ctx.view.last[index];
	// "after 99.5 percent of ballot boxes were opened": how far a count has got; "cut the rate by 0.5 points": how much a
	// level moved; "the 149-car train": a figure glued to a noun describes it; "analysts expected 240,000": no fact.
	if (a < 0 || (!m.unit && describesNoun(ctx.view, b)) || countProgress(ctx.view, b) || changeAmount(ctx, a) || expectedFigure(ctx, a)) { return undefined; }
	const vote = voteSide(ctx, a, b);
	if (!vote && otherSide(ctx, a)) { return undefined; }
	const counted = m.counted && !m.unit && !FACT_WORDS.match(ctx.view.words, b + 1) && !VOTE_WORDS.has(ctx.view.words[b + 1]) ? m.counted : null;
	const headEnd = counted ? countedEnd(ctx, counted, b) : b + 1;
	// "three of them", "one of the victims" (not "52% of the vote", a share, nor "12 coaches of the train").
	const partitive = !!PARTITIVE_MARKERS.match(ctx.view.words, headEnd) && !((m.unit || counted) && ctx.view.words[headEnd + 1] === 'the');
	if (noCount(ctx, m, a, headEnd, !!counted, partitive)) { return undefined; }
	const head = partitive ? partitiveHead(ctx, headEnd) : counted ? headClass(counted) : !m.unit ? classBefore(ctx, a) : null;
	const dimension = m.unit?.dimension;
	// "its 2% target", "a 10% stake": a share written before a noun is that noun's, not of a fact named nearby.
	const described = dimension === 'percent' && !!m.counted && !FACT_WORDS.match(ctx.view.words, b + 1);
	// "36 of the 47 people underground escaped": what the part did is said past the whole, and not of the whole.
	const [pooled, start] = [poolOfPart(ctx, a), predicateStart(ctx, headEnd, partitive)];
	const near = vote ?? (described || pooled ? undefined : factOf(ctx, a, start.at, dimension));
	// "took eight pieces", "received 115 servicemen": a fact word is not of a figure counting what the fact cannot count.
	const found = near && head && !mayCount(near.fact, head) ? undefined : partitive && near?.at === start.at ? pastPool(ctx, near) : near;
	const added = PART_AFTER.has(ctx.view.words[b + 1]) || PART_BEFORE.has(ctx.view.words[a - 1]);
	const later = addedLater(ctx, a, found);
	const subset = partitive || added || later || atScene(ctx, a, found) || !!SUBSET_MARKERS.matchEnding(ctx.view.words, a, 4) || participleOfLarger(ctx, m, a, found) || remaining(ctx, a, headEnd, found) || alone(ctx, headEnd);
	// "412 of the 650 seats": the pool a part is taken from is not stated by its noun ("seats" won) the way "159 seats" is.
	const fromHead = counted && !pooled ? FACT_HEADS.get(counted.toLowerCase().split(/\s+/).pop() ?? '') : undefined;
	const times = fromHead ? undefined : repeated(ctx, counted, a);
	// "535 deaths", "204 yes", "160 times": the counted word states the fact; it is not a class of what is counted.
	const counts = fromHead || times ? null : head;
	const base: Omit<Frame, 'fact' | 'weak'> & { subject: number } = {
		head: counts?.id ?? null, generic: counts?.generic ?? false, subset, ...(later ? { added: true } : {}), span: spanOf(ctx, a, headEnd, found),
		subject: -1,
		// "the toll rose to 85", "hit 100 people"; not "strikes hit 85 targets", where the verb acts on what is counted.
		rising: (!m.counted || !!head?.generic) && (RISE_VERBS.has(ctx.view.words[a - 1]) || (ctx.view.words[a - 1] === 'to' && RISE_VERBS.has(ctx.view.words[beforeTarget(ctx, a)]))),
	};
	// "several", "dozens": vague quantities are compared, but only as weak evidence.
	const vague = m.hedge !== null && VAGUE_PHRASES.has(m.hedge);
	const stated = fromHead ?? times ?? found?.fact ?? ((subset && !start.pool) || tallyOnly(ctx, a) ? antecedentFact(antecedent, ctx, a) : undefined);
	// "a 66-year-old man killed", "killed in 44 hours": a figure in a unit the fact is not measured in is not of it.
	const fact = stated && dimension && !writtenIn(stated, dimension) ? undefined : stated;
	// Whose value it is matters for shares, ages, distances and sums; a turnout or a toll belongs to the event.
	if ((fact && NEED_SUBJECT.has(fact.id)) || (!fact && dimension) || (dimension && OWNED.has(dimension))) { base.subject = subjectOf(ctx, index, fact?.id); }
	// "185 lawmakers voted for it": those who only do what the fact counts are anyone it counts.
	if (fact) { return { ...base, generic: base.generic || (!!base.head && !!fact.actors?.includes(base.head)), fact: fact.id, weak: vague || !!fact.open || (subset && !!antecedent?.weak) || (NEED_SUBJECT.has(fact.id) && base.subject < 0) }; }
	// "the highest in more than two years", "142 mm in 24 hours": a span a figure is counted over is no duration of the event.
	if (dimension === 'duration' && windowBefore(ctx.view.words, a)) { return undefined; }
	// A measure with nothing but its unit ("66-year-old", "12 miles") is the dimension's own fact, sure only when whose it is is known.
	if (dimension) { return { ...base, fact: DIMENSION_FACTS.get(dimension) ?? dimension, weak: (!SELF_STATED.has(dimension) || base.subject < 0) && !(EVENT_MEASURES.has(dimension) && measuresEvent(ctx, b)) }; }
	const open = pooled ? undefined : openPredicate(ctx, a, start.pool ? start.at : headEnd);
	if (open) { return { ...base, fact: open, weak: true }; }
	// "The index fell 2.1% to 5,612.40": the level a change went to, whose level it is named before the verb.
	if (!m.counted && levelOfChange(ctx, a)) {
		const subject = subjectOf(ctx, index);
		return { ...base, subject, fact: 'level', weak: subject < 0 };
	}
	// A bare count of a specific noun ("at least five gunmen", "20 shops"): compared only as a count of that noun.
	return head && !head.generic ? { ...base, fact: 'count', weak: true } : undefined;
}

/**
 * "releasing three prisoners for every hostage freed": a rate; "Ali Haidar, one of its commanders, was among the
 * dead": who a named person is. Neither is a count of what was done.
 */
function noCount(ctx: FrameContext, m: NumberMention, a: number, headEnd: number, counted: boolean, partitive: boolean): boolean {
	if (counted && RATE_PHRASES.match(ctx.view.words, headEnd)) { return true; }
	return partitive && ctx.view.words[a - 1] === ',' && mentionOfKind(ctx.view, a - 2, 'actor') >= 0 && m.value.min === 1 && m.value.max === 1;
}

/**
 * The fact word of a figure: the nearest before or after it, unless the figure follows a verb of a tally whose
 * subject names the fact ("The death toll … climbed to 288 as rescuers recovered bodies that were trapped"):
 * then that subject, unless a fact word stands right before the figure or within a few words after it.
 */
function factOf(ctx: FrameContext, a: number, headEnd: number, dimension: string | undefined): Found | undefined {
	const r = right(ctx, headEnd, dimension ? 8 : 10);
	const l = left(ctx, a, dimension ? 12 : 4);
	// The tally's subject is looked for (a scan back to the clause's start) only when no fact word stands close.
	return !l && (!r || r.distance >= 3) ? tallyBefore(ctx, a) ?? r : nearest(r, l);
}

/** "targeted the bases more than 160 times": a count of times of an action the vocabulary says what it counts. */
function repeated(ctx: FrameContext, counted: string | null, a: number): FactKind | undefined {
	if (!counted || !TIMES_NOUNS.has(counted.toLowerCase())) { return undefined; }
	const action = left(ctx, a, 12)?.fact.id;
	const repeated = action ? REPEATED_ACTIONS.get(action) : undefined;
	return repeated ? factKind(repeated) : undefined;
}

/** "a crew of 21", "a squad of 12": a known class of people named before "of" and the figure, if any. */
function classBefore(ctx: FrameContext, a: number): ReturnType<typeof headClass> | null {
	const { words } = ctx.view;
	if (words[a - 1] !== 'of' || (words[a - 3] !== 'a' && words[a - 3] !== 'an')) { return null; }
	const named = headClass(words[a - 2]);
	return named.person && !named.generic ? named : null;
}

/** "three of them are children", "one of the individuals captured": the class named after the partitive, if any. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

function partitiveHead(ctx: FrameContext, at: number): ReturnType<typeof headClass> | null {
	const { words, tokens } = ctx.view;
	const k = at + 2;
	// "three of the victims", "two of its soldiers".
	if (words[at + 1] === 'the' || POSSESSIVES.has(words[at + 1])) { return tokens[k]?.kind === 'word' ? headClass(words[k]) : null; }
	return /^(?:are|were|was|is)$/.test(words[k] ?? '') && tokens[k + 1]?.kind === 'word' ? headClass(words[k + 1]) : null;
}

/** The token after the counted noun ("95 persons| died"). */
/** A fact word or phrase after the counted noun, in the same clause: "95 persons died", "50 were hospitalised". */
function right(ctx: FrameContext, start: number, reach: number): Found | undefined {
	const { words } = ctx.view;
	let seen = 0;
	for (let k = start; k <= ctx.to && seen < reach; k++) {
		const w = words[k];
		if (CLAUSE_END.has(w) || RIGHT_STOPS.has(w)) { return undefined; }
		if (w === ',') {
			if (!SUBSET_MARKERS.match(words, k + 1)) { return undefined; }
			// "Seven people, including the gunman, died": past the part named between commas to the verb after it.
			const close = closingComma(words, k + 1, ctx.to);
			if (close > 0) { k = close; continue; }
		}
		// "about 105 and the number of injured is 55": a new subject after "and" is another figure's.
		if (w === 'and' && /^(?:the|a|an)$/.test(words[k + 1] ?? '')) { return undefined; }
		const hit = FACT_WORDS.match(words, k);
		if (hit) { return diedLater(ctx, k + hit.length, start + reach, start) ?? treatedFor(ctx, k + hit.length, start) ?? { fact: hit.value, at: k, distance: k - start }; }
		const figure = mentionOfKind(ctx.view, k, 'number');
		if (figure >= 0 && !describesNoun(ctx.view, ctx.view.last[figure]) && !/^(?:and|or|,)$/.test(words[k - 1] ?? '')) { return undefined; }
		if (!SKIP_WORDS.has(w)) { seen++; }
	}
	return undefined;
}

/** "four of the injured were in critical condition": what a part is or did, said past the whole's fact word, is its fact. */
function pastPool(ctx: FrameContext, pool: Found): Found {
	const after = pool.at + (FACT_WORDS.match(ctx.view.words, pool.at)?.length ?? 1);
	return right(ctx, after, 8) ?? pool;
}

/** "being treated for bullet wounds": what they are treated for is the fact, the wounded ("for burns", "for injuries"). */
function treatedFor(ctx: FrameContext, k: number, start: number): Found | undefined {
	const { words } = ctx.view;
	if (words[k] !== 'for') { return undefined; }
	for (const at of [k + 1, k + 2]) {
		const hit = FACT_WORDS.match(words, at);
		if (hit) { return { fact: hit.value, at, distance: at - start }; }
	}
	return undefined;
}

/** "one of the victims hospitalised in critical condition died of his wounds": the verb that says they were added to a count. */
function diedLater(ctx: FrameContext, from: number, to: number, start: number): Found | undefined {
	const { words } = ctx.view;
	for (let k = from; k <= Math.min(ctx.to, to); k++) {
		if (CLAUSE_END.has(words[k]) || RIGHT_STOPS.has(words[k]) || words[k] === ',') { return undefined; }
		const hit = FACT_WORDS.match(words, k);
		if (hit && LATER_PHRASES.match(words, k + hit.length)) { return { fact: hit.value, at: k, distance: k - start }; }
	}
	return undefined;
}

/** A fact word or phrase right before the number: "killed 94 people", "the deaths of 12", "injuring over 70". */
function left(ctx: FrameContext, start: number, reach: number): Found | undefined {
	const { words } = ctx.view;
	let end = start;
	for (let gap = 0; end > ctx.from && gap <= reach; gap++) {
		if (CLAUSE_END.has(words[end - 1])) { return undefined; }
		const hit = FACT_WORDS.matchEnding(words, end);
		if (hit && hit.start >= ctx.from) { return { fact: hit.value, at: hit.start, distance: start - end }; }
		if (reach <= 4 && !LEFT_GAPS.has(words[end - 1])) { return undefined; }
		end--;
	}
	return undefined;
}


function nearest(a: Found | undefined, b: Found | undefined): Found | undefined {
	if (!a || !b) { return a ?? b; }
	return b.distance < a.distance ? b : a;
}

function spanOf(ctx: FrameContext, a: number, headEnd: number, found: Found | undefined): Span {
	const { tokens } = ctx.view;
	const first = found && found.at < a ? found.at : a;
	const lastToken = found && found.at >= headEnd ? found.at : Math.max(a, headEnd - 1);
	return { start: tokens[first].start, end: tokens[Math.min(lastToken, tokens.length - 1)].end };
}
