import type { ActorMention, DateMention, Mention, TimeMention } from '../types';
import type { Article } from '../claims/extractArticle';
import type { ClaimDraft } from '../claims/extractClaims';
import type { DateValue } from '../mentions/dateValues';
import type { Reference } from '../mentions/referenceDates';
import { lookupPlace } from '../vocabulary/lexicon';
import { factKind } from '../vocabulary/facts';
import type { ArticleEvent } from './articleEvents';
import type { MergedEvents } from './eventFacts';
import { partsOfTotals } from './partsOfTotals';

/** A claim placed in the corpus: its article, resolved values and event cluster. */
export interface ResolvedClaim {
	readonly article: Article;
	/** Index among the article's claims. */
	readonly index: number;
	readonly draft: ClaimDraft;
	readonly mention: Mention;
	readonly date: DateValue | null;
	readonly since: DateValue | null;
	readonly sinceMention: DateMention | null;
	/** Corpus event cluster, or -1 when the claim's event is unknown. */
	readonly cluster: number;
	/** IANA zone of the event's place, for "local time". */
	readonly zone: string | null;
	/** Where the claim's event is: named place ids and country codes (empty when unknown). */
	readonly where: ReadonlySet<string>;
	/** Armed or political groups of the claim's event (entity ids). */
	readonly groups: ReadonlySet<string>;
	readonly reference: Reference;
	/** The entity the value belongs to (a candidate, a person whose age it is), or null. */
	readonly subject: string | null;
	/** The day the figure was given (the article's dateline or borrowed reference), or null. */
	readonly asOf: number | null;
	/** '' for the reported event; `bg:YEAR` (or `bg`) for a figure about another time, compared only with its like. */
	readonly scope: string;
}

const offsets = new Map<string, number>();

/** Minutes after midnight UTC of a time claim, when its zone is known; else null. */
export function utcMinutes(c: ResolvedClaim): number | null {
	const t = c.mention as TimeMention;
	const local = t.hour * 60 + t.minute;
	if (typeof t.zone === 'number') { return (local - t.zone + 1440) % 1440; }
	const zone = typeof t.zone === 'string' && t.zone !== 'local' ? t.zone : c.zone;
	if (!zone) { return null; }
	const day = c.date?.first ?? c.reference.day;
	const offset = day !== null ? zoneOffset(zone, day) : undatedOffset(zone);
	return offset === null ? null : (local - offset + 1440) % 1440;
}

/** Days (since 1970) in a recent winter and summer: a zone's offset today, for a time whose day is not known. */
const RECENT_WINTER = 19_737;
const RECENT_SUMMER = 19_919;

/** A zone's offset under its recent rules when it keeps one all year (Istanbul: +3, not the +2 of 1970); null when it observes summer time. */
function undatedOffset(zone: string): number | null {
	const winter = zoneOffset(zone, RECENT_WINTER);
	return winter === zoneOffset(zone, RECENT_SUMMER) ? winter : null;
}

/** The offset of an IANA zone from UTC in minutes on a given day. */
function zoneOffset(zone: string, day: number): number {
	const key = `${zone}@${day}`;
	let offset = offsets.get(key);
	if (offset === undefined) {
		offset = computeZoneOffset(zone, day);
		offsets.set(key, offset);
	}
	return offset;
}

/** One formatter per zone: making an Intl.DateTimeFormat costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function computeZoneOffset(zone: string, day: number): number {
	try {
		let format = formatters.get(zone);
		if (!format) {
			format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
			formatters.set(zone, format);
		}
		const parts = format.formatToParts(new Date(day * 86_400_000 + 43_200_000));
		const m = /GMT([+-])(\d\d):(\d\d)/.exec(parts.find(p => p.type === 'timeZoneName')?.value ?? '');
		return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
	} catch {
		return 0;
	}
}

/** The claims of one article, placed in the corpus. */
export function resolveClaims(a: Article, dates: (DateValue | null)[], merged: MergedEvents, clusterOf: ReadonlyMap<string, number>, reference: Reference, entityOf: (uri: string, m: ActorMention) => { readonly id: string } | undefined): ResolvedClaim[] {
	const sentencePlaces = new Map<number, Set<string>>();
	const placesOf = (sentence: number) => {
		let set = sentencePlaces.get(sentence);
		if (!set) {
			const span = a.extraction.sentences[sentence];
			set = new Set(a.extraction.mentions.flatMap(m => m.kind === 'actor' && (m.type === 'place' || m.type === 'state') && m.span.start >= span.start && m.span.end <= span.end ? [lookupPlace(m.name)?.country ?? ''] : []).filter(Boolean));
			sentencePlaces.set(sentence, set);
		}
		return set;
	};
	// A running count belongs to the groups its own sentence names, not to every group of the story.
	const groupsOf = (sentence: number) => {
		const span = a.extraction.sentences[sentence];
		return new Set(a.extraction.mentions.flatMap(m => m.kind === 'actor' && m.type === 'group' && m.span.start >= span.start && m.span.end <= span.end ? [entityOf(a.uri, m)?.id ?? m.name] : []));
	};
	const elsewhere = elsewhereScope(a, m => entityOf(a.uri, m)?.id ?? m.name);
	// The claims of one event share its places and groups: one set of each per event, not per claim.
	const perEvent = new Map<number, { readonly where: ReadonlySet<string>; readonly groups: ReadonlySet<string> }>();
	const setsOf = (i: number, event: ArticleEvent | undefined) => perEvent.get(i) ?? perEvent.set(i, { where: whereOf(event), groups: new Set(event?.facts.groups ?? []) }).get(i)!;
	return partsOfTotals(a.extraction.claims.flatMap((c, index) => {
		const articleEvent = c.event >= 0 ? merged.eventOfDraft[c.event] : -1;
		const event = merged.events[articleEvent];
		const mention = a.extraction.mentions[c.mention];
		// When the reported event happened is compared; the days and hours of side events an article mentions are not.
		if ((c.fact === 'event-date' || c.fact === 'event-time') && articleEvent !== 0) { return []; }
		return [{
			article: a, index, draft: c, mention,
			date: mention.kind === 'date' ? dates[c.mention] ?? null : null,
			since: c.since >= 0 ? dates[c.since] ?? null : null,
			sinceMention: c.since >= 0 ? a.extraction.mentions[c.since] as DateMention : null,
			cluster: articleEvent >= 0 ? clusterOf.get(`${a.uri}#${articleEvent}`) ?? -1 : -1,
			zone: placeZone(a, event), where: c.since >= 0 ? new Set([...whereOf(event), ...placesOf(c.sentence)]) : setsOf(articleEvent, event).where, groups: c.since >= 0 ? groupsOf(c.sentence) : setsOf(articleEvent, event).groups, reference,
			subject: c.subject >= 0 ? entityOf(a.uri, a.extraction.mentions[c.subject] as ActorMention)?.id ?? (a.extraction.mentions[c.subject] as ActorMention).name : null,
			asOf: reference.day, scope: c.about !== undefined ? `of:${entityOf(a.uri, a.extraction.mentions[c.about] as ActorMention)?.id ?? ''}` : c.across ? `sum:${c.across}` : c.status.background ? backgroundScope(a, c) : elsewhere(c),
		}];
	}));
}

function whereOf(event: ArticleEvent | undefined): Set<string> {
	return event ? new Set([...event.facts.places, ...event.facts.countries]) : new Set();
}

function placeZone(a: Article, event: ArticleEvent | undefined): string | null {
	if (!event) { return null; }
	for (const d of event.drafts) {
		for (const i of a.extraction.events[d].places) {
			const zone = lookupPlace((a.extraction.mentions[i] as ActorMention).name)?.zone;
			if (zone) { return zone; }
		}
	}
	return null;
}

/** How many sentences from the top say where the reported event is: the headline, the dateline and the lead. */
const LEAD_SENTENCES = 3;

/**
 * "… mourns the deaths of 11 at <a town the lead never names>": a figure said of a named place other than the places the
 * article's lead names is about that place (`at:ID`), compared only with figures of the same place.
 */
function elsewhereScope(a: Article, idOf: (m: ActorMention) => string): (c: ClaimDraft) => string {
	const { sentences, mentions } = a.extraction;
	const leadEnd = sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]?.end ?? 0;
	const isPlace = (m: Mention): m is ActorMention => m.kind === 'actor' && m.type === 'place';
	const lead = new Set(mentions.filter(isPlace).filter(m => m.span.end <= leadEnd).map(idOf));
	return c => {
		const place = c.place !== undefined ? mentions[c.place] : undefined;
		// Only tolls that rise are counted place by place; an age is not of a place ("a 66-year-old killed four at the farm"),
		// nor are "33,000 workers in <the region around the lead's city>".
		return lead.size && place && isPlace(place) && factKind(c.fact).change === 'rises' && place.span.start > leadEnd && !lead.has(idOf(place)) ? `at:${idOf(place)}` : '';
	};
}

/** The time a background figure is about: the year written in its sentence, else any other time. */
function backgroundScope(a: Article, c: ClaimDraft): string {
	const sentence = a.extraction.sentences[c.sentence];
	// The year written nearest the figure: "… 85 in a 2018 fire, the highest since 1918 when another killed 453".
	let best: { year: number; distance: number } | null = null;
	for (const m of a.extraction.mentions) {
		if (m.kind !== 'date' || m.expr.type !== 'absolute' || m.expr.year === undefined || m.span.start < sentence.start || m.span.end > sentence.end) { continue; }
		const distance = Math.abs(m.span.start - c.span.start);
		if (!best || distance < best.distance) { best = { year: m.expr.year, distance }; }
	}
	return best ? `bg:${best.year}` : 'bg';
}
