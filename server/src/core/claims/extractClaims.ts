import type { Mention, Span } from '../types';
import type { Token } from '../text/scan';
import { findAttribution, type Attribution } from './attribution';
import { attachMentions, findEventWords, nearestEvent, type EventDraft } from './eventMentions';
import { numberFrame, type Frame } from './frames';
import { convertsPrevious, listedParts, perpetratorsIncluded, riseRestated } from './breakdowns';
import { acrossEvents, claimStatus, isBackground, sinceDate, type ClaimStatus } from './qualifiers';
import { RELATIVE_PRONOUNS, tokenAtOrAfter, tokenView, type TokenView } from './tokenView';
import { placeOf } from './placed';
import { tieToEvent } from './eventTies';
import { findAreas } from './areas';
import { findRoles } from './roles';
import { findScores } from './scores';
import { findIdentifiers } from './identifiers';
import { eventMoments } from './eventDates';
import { within } from '../util/intervals';
import { impliedLead } from './impliedEvent';
import { ATTACH_WORDS } from '../vocabulary/events';

export type { EventDraft };

/** A statement of a fact: its value (a mention), what it is about, and who says so. */
export interface ClaimDraft {
	/** The fact kind: a vocabulary id ("dead", "votes-for", "share"), an open predicate ("~rescued"), "event-date" or "event-time". */
	readonly fact: string;
	/** What a count counts ("person", "child", "rifle"); null otherwise. */
	readonly head: string | null;
	/** The count's noun is generic ("people", "victims"). */
	readonly generic: boolean;
	/** The mention the value belongs to (a candidate, a person whose age it is), or -1. */
	readonly subject: number;
	/** Index of the mention holding the value. */
	readonly mention: number;
	/** The words that state it ("two commanders were killed"). */
	readonly span: Span;
	readonly sentence: number;
	/** Index into the article's events, or -1. */
	readonly event: number;
	readonly attribution: Attribution | null;
	readonly status: ClaimStatus;
	/** Index of the date a running count starts from ("since Oct. 17"), or -1. */
	readonly since: number;
	/** The counted noun as written. */
	readonly counted: string | null;
	/** The value of a claim that names something (an area, a role), lower case: "taura", "spokesperson". */
	readonly name?: string;
	/** The organisation a role is held at (a mention index). */
	readonly about?: number;
	/** A place is named right after the figure ("four were killed at the farm"): with a larger one for the event, it is a part. */
	readonly located?: boolean;
	/** The named place it is located at ("in Oakland"), a mention index. */
	readonly place?: number;
	/** A total over this many events ("19 killed in three shootings"), compared only with totals over as many. */
	readonly across?: number;
	/** "172 passengers and six crew" with no total given: the sum of the parts listed (178), which another account's total may give. */
	readonly listTotal?: number;
	/** "Six people, including the gunman, are dead": how many of its people are the attack's perpetrators. */
	readonly perpetrators?: number;
}

/** A sentence's first and last token (inclusive; `from > to` when it has none) and its mentions. */
export interface SentenceGroup { from: number; to: number; readonly mentions: number[] }

/** What claim extraction reads. */
export interface ClaimContext {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly sentences: readonly Span[];
	readonly mentions: readonly Mention[];
	readonly titleSentences: ReadonlySet<number>;
	/** The dateline's year: a year other than it marks a figure about another time. */
	readonly publishedYear: number | null;
}

/** Finds event mentions and the claims made about them in one article. */
export function extractClaims(ctx: ClaimContext): { events: EventDraft[]; claims: ClaimDraft[] } {
	const view = tokenView(ctx.tokens, ctx.mentions);
	const events: EventDraft[] = [];
	const claims: ClaimDraft[] = [];
	const bySentence = groupBySentence(ctx);
	let lastEvent = -1;
	let lastEventSentence = -10;
	let antecedent: Frame | undefined;
	for (let s = 0; s < ctx.sentences.length; s++) {
		const { from, to, mentions } = bySentence[s];
		if (from > to || (ctx.titleSentences.has(s) && s > 2)) { continue; }
		const local = findEventWords(view, ctx.text, s, from, to);
		attachMentions(local, ctx.mentions, mentions, (e, m, idx) => tieToEvent(ctx.text, e, m, idx));
		const firstIndex = events.length;
		events.push(...local);
		// A sentence with no event word is about the event named in the last two; a person's age or role is about the person, so
		// it stays with the reported event ("… at a separate site. A deputy found the suspect, 66, …").
		const eventFor = (at: number, end = at, personal = false): number => {
			const named = namedAfter(view, local, end);
			if (named >= 0) { return firstIndex + named; }
			const near = local.length ? nearestEvent(local, at) : -1;
			// A figure belongs to an earlier event only when it is said of it in the same clause ("a bombing last month that killed 12").
			if (near >= 0 && (!local[near].prior || sameClause(view, local[near].trigger.end, at) || priorSubject(view, local, near, from, at))) { return firstIndex + near; }
			if (near >= 0) { return events.length > local.length ? 0 : firstIndex + near; }
			return s - lastEventSentence <= 2 && !personal ? lastEvent : events.length ? 0 : -1;
		};
		const scores = findScores(view, ctx.text, ctx.mentions, mentions);
		const scored = scores.length ? new Set(scores.flatMap(x => x.figures)) : undefined;
		for (const [k, idx] of mentions.entries()) {
			if (ctx.mentions[idx].kind !== 'number' || scored?.has(idx) || convertsPrevious(ctx.text, ctx.mentions[mentions[k - 1]], ctx.mentions[idx])) { continue; }
			const frame = numberFrame({ view, mentions: ctx.mentions, from, to }, idx, antecedent);
			if (!frame) { continue; }
			antecedent = frame.subset ? antecedent : frame;
			const m = ctx.mentions[idx];
			const personal = frame.subject >= 0 && m.kind === 'number' && m.unit?.dimension === 'age';
			claims.push(toClaim(ctx, view, frame, idx, s, eventFor(ctx.mentions[idx].span.start, frame.span.end, personal), mentions));
		}
		for (const r of findRoles(view, ctx.mentions, from, to)) {
			claims.push({ ...simpleClaim(ctx, view, 'role', r.person, s, eventFor(r.span.start, r.span.start, true)), subject: r.person, span: r.span, name: r.role, ...(r.organization >= 0 ? { about: r.organization } : {}) });
		}
		// Values compared as names: designations ("flight 691"), scores ("2-1"), administrative areas ("Brannock LGA").
		for (const x of [...findIdentifiers(view, from, to), ...scores.map(score => ({ fact: 'score', ...score })), ...findAreas(view, from, to)]) {
			claims.push({ ...simpleClaim(ctx, view, x.fact, x.mention, s, eventFor(x.span.start), x.span), name: x.name });
		}
		local.forEach((e, k) => {
			const { dates, times } = eventMoments(view, ctx.mentions, e);
			for (const d of dates) { claims.push(simpleClaim(ctx, view, 'event-date', d, s, firstIndex + k)); }
			for (const t of times) { claims.push(simpleClaim(ctx, view, 'event-time', t, s, firstIndex + k)); }
		});
		if (local.length) {
			lastEvent = firstIndex + local.length - 1;
			lastEventSentence = s;
		}
	}
	const implied = impliedLead(ctx, bySentence, events, claims);
	return { events: implied.events, claims: listedParts(ctx, riseRestated(ctx, implied.claims)) };
}

function toClaim(ctx: ClaimContext, view: TokenView, frame: Frame, idx: number, s: number, event: number, sentenceMentions: readonly number[]): ClaimDraft {
	const sentence = ctx.sentences[s];
	const m = ctx.mentions[idx];
	const across = acrossEvents(ctx, view, m.span);
	const at = placeOf(ctx.mentions, view, sentence, frame.span.end, view.first[idx]);
	const status = claimStatus(view, sentence, m.span, frame.fact, frame, across > 0 || isBackground(ctx, view, sentence, m.span, sentenceMentions));
	const attribution = findAttribution(ctx.text, sentence, frame.span, m.span);
	// Who says a figure is not whose it is ("according to the land office, which said oil covered 40 acres").
	const said = frame.subject >= 0 && attribution && within(ctx.mentions[frame.subject].span, attribution.span);
	return {
		fact: frame.fact, head: frame.head, generic: frame.generic, subject: said ? -1 : frame.subject, mention: idx, span: frame.span, sentence: s, event,
		attribution, status, since: sinceDate(ctx, s, m.span.end, sentenceMentions),
		counted: m.kind === 'number' ? m.counted : null, ...(at ? { located: true, ...(at.place !== undefined ? { place: at.place } : {}) } : {}), ...(across ? { across } : {}),
		...perpetratorsOf(ctx, view, idx),
	};
}

/** The perpetrators a figure counts among its people, as a claim's field (none when it does not say). */
function perpetratorsOf(ctx: ClaimContext, view: TokenView, idx: number): { perpetrators?: number } {
	const n = ctx.mentions[idx].kind === 'number' ? perpetratorsIncluded(ctx, view, view.last[idx]) : 0;
	return n > 0 ? { perpetrators: n } : {};
}

/** A claim of `fact` anchored on mention `idx`, stated by the words at `span` (the mention's own by default). */
function simpleClaim(ctx: ClaimContext, view: TokenView, fact: string, idx: number, s: number, event: number, span = ctx.mentions[idx].span): ClaimDraft {
	const sentence = ctx.sentences[s];
	const status = claimStatus(view, sentence, span, fact, undefined, false);
	return { fact, head: null, generic: false, subject: -1, mention: idx, span, sentence: s, event, attribution: findAttribution(ctx.text, sentence, span, ctx.mentions[idx].span), status, since: -1, counted: null };
}

/** Each sentence's token range and mentions. */
function groupBySentence(ctx: ClaimContext): SentenceGroup[] {
	const groups = ctx.sentences.map(() => ({ from: Number.MAX_SAFE_INTEGER, to: -1, mentions: [] as number[] }));
	ctx.tokens.forEach((t, i) => {
		const g = groups[t.sentence];
		if (i < g.from) { g.from = i; }
		g.to = i;
	});
	let s = 0;
	ctx.mentions.forEach((m, i) => {
		while (s < ctx.sentences.length - 1 && ctx.sentences[s].end <= m.span.start) { s++; }
		groups[s].mentions.push(i);
	});
	return groups;
}

/** The event word a figure is said of right after it: "11 people were killed in another mass shooting"; -1 if none. */
function namedAfter(view: TokenView, local: readonly EventDraft[], end: number): number {
	const at = tokenAtOrAfter(view, end);
	if (at >= view.tokens.length || !ATTACH_WORDS.has(view.words[at])) { return -1; }
	const limit = view.tokens[Math.min(view.tokens.length - 1, at + 4)].end;
	const k = local.findIndex(e => e.trigger.start > view.tokens[at].start && e.trigger.start <= limit);
	return k >= 0 && sameClause(view, view.tokens[at].start, local[k].trigger.start) ? k : -1;
}

/** Words before an earlier event's noun that make it an adverbial ("after last year's coup"), not what the sentence is about. */
const ADVERBIAL = new Set(['after', 'before', 'since', 'following', 'unlike', 'like', 'than', 'despite', 'during', 'in']);

/**
 * "The country's last coup, in March 2009, was led by a colonel and left 43 dead": an earlier event that opens the
 * sentence, as its subject, is what the sentence's figures are about, asides or not.
 */
function priorSubject(view: TokenView, local: readonly EventDraft[], near: number, from: number, at: number): boolean {
	const trigger = tokenAtOrAfter(view, local[near].trigger.start);
	// Another event word before the figure, or before this one, makes the sentence about more than this event.
	if (trigger - from > 5 || local.some(e => e !== local[near] && e.trigger.start < Math.max(at, local[near].trigger.start))) { return false; }
	for (let k = from; k < trigger; k++) {
		if (ADVERBIAL.has(view.words[k]) || view.words[k] === ',') { return false; }
	}
	return true;
}

/** No comma, semicolon or dash between two offsets (in either order), but for the comma before a relative clause. */
function sameClause(view: TokenView, a: number, b: number): boolean {
	const [from, to] = a <= b ? [a, b] : [b, a];
	for (let i = tokenAtOrAfter(view, from); i < view.tokens.length && view.tokens[i].start < to; i++) {
		// "the attack last year, in which three died": a relative clause goes on saying what its noun did.
		if (view.words[i] === ',' && opensRelative(view.words, i + 1)) { continue; }
		if (/^[,;:—–]$/.test(view.words[i])) { return false; }
	}
	return true;
}

/** "which", "that", "in which", "during which": the words at `i` open a relative clause. */
function opensRelative(words: readonly string[], i: number): boolean {
	return RELATIVE_PRONOUNS.has(words[i]) || (words[i + 1] === 'which' && /^\p{Ll}+$/u.test(words[i]));
}
