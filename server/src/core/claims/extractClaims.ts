import type { Mention, NumberMention, Span } from '../types';
import type { Token } from '../text/scan';
import { findAttribution, type Attribution } from './attribution';

/** The facts Corroborate compares across sources. */
export type Fact = 'killed' | 'injured' | 'attacks' | 'strikes' | 'targets' | 'sites' | 'troops' | 'event-date' | 'event-time';

/** One mention of an event (a strike, an attack, a killing) in a sentence, with what the sentence ties to it. */
export interface EventDraft {
	readonly sentence: number;
	readonly trigger: Span;
	readonly word: string;
	/** Indices into the article's mentions. */
	readonly places: number[];
	readonly actors: number[];
	readonly dates: number[];
	readonly times: number[];
	/** "the strike", "the attack": refers back to an event already named. */
	readonly anaphoric: boolean;
	/** No event noun: the event is implied by a verb ("three were killed"). */
	readonly implicit: boolean;
	/** Named as an earlier event: "weeks after a bombing in Mogadishu last month". */
	readonly prior: boolean;
}

/** A statement of a fact: its value (a mention), the event it is about, and who says so. */
export interface ClaimDraft {
	readonly fact: Fact;
	/** Index of the mention holding the value. */
	readonly mention: number;
	/** The words that state it ("two commanders were killed"). */
	readonly span: Span;
	readonly sentence: number;
	/** Index into the article's events, or -1. */
	readonly event: number;
	readonly attribution: Attribution | null;
	/** "preliminary" for initial assessments. */
	readonly preliminary: boolean;
	/** Index of the date a running count starts from ("since Oct. 17"), or -1. */
	readonly since: number;
	readonly counted: string | null;
}

/** What claim extraction reads. */
export interface ClaimContext {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly sentences: readonly Span[];
	readonly mentions: readonly Mention[];
	readonly titleSentences: ReadonlySet<number>;
}

const EVENT_NOUNS = /^(?:strikes?|airstrikes?|attacks?|raids?|bombings?|blasts?|explosions?|assaults?|ambush(?:es)?|shelling|salvos?|barrage|killing|bombardment|operation|war|warfare|invasion)$/i;
const DEATH_AFTER = /^\s*(?:[\p{L}.’'-]+\s+){0,4}?(?:were|was|have been|had been|are|been)?\s*(?:\w+ly\s+)?(?:killed|died|dead|perished|slain|lost their lives|were killed)\b/iu;
const DEATH_BEFORE = /(?<!\bthe\s)\b(?:killed|killing|kills|kill|deaths? of|death toll (?:of|at|to|was|reached|rose to|stood at)|killed at least|claimed the lives of|lives of)\s+(?:\w+\s+){0,2}$/i;
const INJURY_AFTER = /^\s*(?:[\p{L}.’'-]+\s+){0,4}?(?:were|was|have been|had been|are|been)?\s*(?:\w+ly\s+)?(?:injured|wounded|hurt)\b/iu;
const INJURY_BEFORE = /(?<!\bthe\s)\b(?:injured|injuring|wounded|wounding|injuries to|hurt)\s+(?:\w+\s+){0,2}$/i;
const NUMBER_OF_DEAD = /\bnumber of (?:those |people |the )?(?:killed|dead|deaths|fatalities|casualties)\b/i;
/** Counted nouns that are not people, so a nearby "killed" or "wounded" is not their count. */
const NOT_PEOPLE = /(?:^|\s)(?:hospitals?|homes?|houses?|buildings?|vehicles?|cars?|trucks?|sites?|locations?|targets?|facilities|positions?|days?|weeks?|months?|years?|hours?|minutes?|times|kilometres?|kilometers?|miles?|villages?|towns?|cities|districts?|provinces?|rockets?|missiles?|drones?|shells?|bombs?|attacks?|assaults?|incidents?|strikes|airstrikes|raids?|blasts?|explosions?|ambulances?|schools?|mosques?|churches?|checkpoints?|bases?|ships?|boats?|aircraft|planes?|helicopters?|tanks?|weapons?|phases?|rounds?|waves?)$/;
const DEATH_WORD = /\b(?:killed|dead|died|deaths|death toll|fatalities)\b/i;
const COMPLEMENT_BEFORE = /\b(?:was|were|is|at|stood at|put at|as)\s+$/i;
const PRELIMINARY = /\b(?:preliminary|initial|early|first)\s+(?:assessment|evaluation|estimate|count|reports?|tally|figures?)\b/i;
const SPEECH_DATE = /\b(?:said|says|stated|announced|reported|told|confirmed|added)\s+(?:on\s+)?$/i;
const LOCATIVE = /\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]cross|[Ii]nside|[Ww]ithin|[Ii]nto)\s+(?:[\p{Ll}-]+\s+){0,5}$/u;
/** Words that introduce an earlier event: "weeks after a bombing", "a previous attack". */
const PRIOR = /\b(?:(?:after|before|following|since|previous|earlier|prior|last)\s+(?:(?:the|a|an|another|two|three|several)\s+)?|(?:last|earlier this|previous)\s+(?:month|week|year)\s*,?\s+(?:a|an|another)\s+)(?:[\w-]+\s+){0,2}$/i;
const SINCE = /\b(?:since|from)\s+(?:the\s+)?$/i;

/** Finds event mentions and the claims made about them in one article. */
export function extractClaims(ctx: ClaimContext): { events: EventDraft[]; claims: ClaimDraft[] } {
	const events: EventDraft[] = [];
	const claims: ClaimDraft[] = [];
	const bySentence = groupBySentence(ctx);
	let lastEvent = -1;
	let lastEventSentence = -10;
	for (let s = 0; s < ctx.sentences.length; s++) {
		const { tokens, mentions } = bySentence[s];
		if (ctx.titleSentences.has(s) && s > 2) { continue; }
		const local = findEvents(ctx, s, tokens, mentions);
		const firstIndex = events.length;
		events.push(...local);
		const eventFor = (at: number): number => {
			const near = nearest(local, at);
			if (near >= 0) { return firstIndex + near; }
			return s - lastEventSentence <= 2 ? lastEvent : events.length ? 0 : -1;
		};
		for (const idx of mentions) {
			const m = ctx.mentions[idx];
			if (m.kind === 'number') {
				const claim = numberClaim(ctx, idx, m, s, eventFor(m.span.start), mentions);
				if (claim) { claims.push(claim); }
			}
		}
		local.forEach((e, k) => {
			for (const d of e.dates) { claims.push(simpleClaim(ctx, 'event-date', d, s, firstIndex + k)); }
			for (const t of e.times) { claims.push(simpleClaim(ctx, 'event-time', t, s, firstIndex + k)); }
		});
		if (local.length) {
			lastEvent = firstIndex + local.length - 1;
			lastEventSentence = s;
		}
	}
	return { events, claims };
}

function groupBySentence(ctx: ClaimContext): { tokens: number[]; mentions: number[] }[] {
	const groups = ctx.sentences.map(() => ({ tokens: [] as number[], mentions: [] as number[] }));
	ctx.tokens.forEach((t, i) => groups[t.sentence].tokens.push(i));
	let s = 0;
	ctx.mentions.forEach((m, i) => {
		while (s < ctx.sentences.length - 1 && ctx.sentences[s].end <= m.span.start) { s++; }
		groups[s].mentions.push(i);
	});
	return groups;
}

/** The event closest to an offset, preferring one named before it. */
function nearest(events: readonly EventDraft[], at: number): number {
	let best = -1;
	let bestCost = Infinity;
	events.forEach((e, i) => {
		const cost = e.trigger.start <= at ? at - e.trigger.end : (e.trigger.start - at) * 1.5;
		if (cost < bestCost) { best = i; bestCost = cost; }
	});
	return best;
}

function findEvents(ctx: ClaimContext, s: number, tokens: number[], mentions: number[]): EventDraft[] {
	const local: EventDraft[] = [];
	for (const i of tokens) {
		const t = ctx.tokens[i];
		if (t.kind === 'word' && EVENT_NOUNS.test(t.text) && !ctx.tokens[i + 1]?.joined) {
			const before = ctx.text.slice(Math.max(0, t.start - 12), t.start).toLowerCase();
			const prior = PRIOR.test(ctx.text.slice(Math.max(0, t.start - 40), t.start));
			local.push({ sentence: s, trigger: t, word: t.text.toLowerCase(), places: [], actors: [], dates: [], times: [], anaphoric: /\b(?:the|that|this)\s+(?:[\w-]+\s+)?$/i.test(before), implicit: false, prior });
		}
	}
	// "..., killing a commander" describes the strike named before it, not another event.
	if (local.length > 1) {
		for (let k = local.length - 1; k >= 0; k--) {
			if (local[k].word === 'killing' && !local[k].anaphoric) { local.splice(k, 1); }
		}
	}
	if (!local.length) {
		const death = tokens.map(i => ctx.tokens[i]).find(t => /^(?:killed|killing|died)$/i.test(t.text));
		if (death) { local.push({ sentence: s, trigger: death, word: 'killing', places: [], actors: [], dates: [], times: [], anaphoric: true, implicit: true, prior: false }); }
	}
	if (!local.length) { return local; }
	for (const idx of mentions) {
		const m = ctx.mentions[idx];
		const e = local[nearest(local, m.span.start)];
		const before = ctx.text.slice(Math.max(0, m.span.start - 40), m.span.start);
		if (m.kind === 'date' && m.role !== 'dateline' && !SPEECH_DATE.test(before) && !SINCE.test(before)) {
			e.dates.push(idx);
		} else if (m.kind === 'time') {
			e.times.push(idx);
		} else if (m.kind === 'actor' && (m.type === 'place' || m.type === 'state') && (LOCATIVE.test(before) || followsPlace(ctx, e, before)) && !isModifier(ctx.text, m.text, m.span.end)) {
			e.places.push(idx);
		} else if (m.kind === 'actor') {
			e.actors.push(idx);
		}
	}
	return local;
}

/** "a US drone strike": a country's acronym before a noun describes, it does not locate. */
function isModifier(text: string, name: string, end: number): boolean {
	return /^(?:U\.?S\.?A?|U\.?K\.?)$/.test(name) && /^\s+(?!and\b)\p{L}/u.test(text.slice(end, end + 4));
}

/** "in Syria and Iraq": a place listed right after a locative one. */
function followsPlace(ctx: ClaimContext, e: EventDraft, before: string): boolean {
	return e.places.length > 0 && /(?:,|\band)\s*$/.test(before) && ctx.mentions[e.places[e.places.length - 1]] !== undefined;
}

function simpleClaim(ctx: ClaimContext, fact: Fact, idx: number, s: number, event: number): ClaimDraft {
	const m = ctx.mentions[idx];
	return { fact, mention: idx, span: m.span, sentence: s, event, attribution: findAttribution(ctx.text, ctx.sentences[s], m.span), preliminary: false, since: -1, counted: null };
}

/** Decides which fact a number states, if any, and the words that state it. */
function numberClaim(ctx: ClaimContext, idx: number, m: NumberMention, s: number, event: number, sentenceMentions: readonly number[]): ClaimDraft | undefined {
	const sentence = ctx.sentences[s];
	const before = ctx.text.slice(Math.max(sentence.start, m.span.start - 60), m.span.start);
	const after = ctx.text.slice(m.span.end, Math.min(sentence.end, m.span.end + 60));
	if (/^\s+of\s+(?:them|those|the|his|her|their|its|these)\b/i.test(after)) { return undefined; }
	const counted = m.counted?.toLowerCase() ?? '';
	// "the wounded were taken to two hospitals": only people are killed or injured.
	const countsThings = NOT_PEOPLE.test(counted);
	let fact: Fact | undefined;
	let span: Span = m.span;
	const death = DEATH_AFTER.exec(after);
	const injury = INJURY_AFTER.exec(after);
	if (countsThings && !/^(?:\S+\s+)*(?:targets|sites|locations|facilities|positions|attacks?|assaults?|incidents|strikes|airstrikes|raids|times)$/.test(counted)) {
		return undefined;
	} else if (death && !/[,;]/.test(death[0]) && !countsThings) {
		fact = 'killed';
		span = { start: m.span.start, end: m.span.end + death[0].length };
	} else if (DEATH_BEFORE.test(before) && !countsThings) {
		fact = 'killed';
		span = { start: m.span.start - (DEATH_BEFORE.exec(before)?.[0].length ?? 0), end: m.span.end };
	} else if ((NUMBER_OF_DEAD.test(ctx.text.slice(sentence.start, m.span.start)) || DEATH_WORD.test(ctx.text.slice(sentence.start, sentence.end))) && COMPLEMENT_BEFORE.test(before)) {
		fact = 'killed';
		span = { start: m.span.start - (COMPLEMENT_BEFORE.exec(before)?.[0].length ?? 0), end: m.span.end };
	} else if (((injury && !/[,;]/.test(injury[0])) || INJURY_BEFORE.test(before)) && !countsThings) {
		fact = 'injured';
	} else if (/^(?:\S+\s+)*(?:attacks?|assaults?|incidents)$/.test(counted) || (counted === 'times' && /\b(?:attack|target|strike|struck|hit|assault)\w*\b[^;!?]*$/i.test(before))) {
		fact = 'attacks';
	} else if (/^(?:\S+\s+)*(?:strikes|airstrikes|raids)$/.test(counted)) {
		fact = 'strikes';
	} else if (/^(?:\S+\s+)*targets$/.test(counted)) {
		fact = 'targets';
	} else if (/^(?:\S+\s+)*(?:sites|locations|facilities|positions)$/.test(counted)) {
		fact = 'sites';
	} else if (/^(?:\S+\s+)*(?:troops|soldiers|service members|personnel)$/.test(counted) && /^\s*\w*\s*(?:stationed|deployed|based)\b/i.test(after.slice(counted.length + 1))) {
		fact = 'troops';
	}
	if (!fact) { return undefined; }
	const since = sinceDate(ctx, s, m.span.end, sentenceMentions);
	return {
		fact, mention: idx, span, sentence: s, event, counted: m.counted,
		attribution: findAttribution(ctx.text, sentence, span),
		preliminary: PRELIMINARY.test(ctx.text.slice(sentence.start, sentence.end)),
		since,
	};
}

/** The date a running count starts from: "more than 160 times since Oct. 17". */
function sinceDate(ctx: ClaimContext, s: number, from: number, sentenceMentions: readonly number[]): number {
	const sentence = ctx.sentences[s];
	for (const i of sentenceMentions) {
		const m = ctx.mentions[i];
		if (m.kind !== 'date' || m.span.start < from) { continue; }
		if (SINCE.test(ctx.text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start))) { return i; }
	}
	return -1;
}
