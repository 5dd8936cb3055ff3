import { intersects } from '../util/collections';
import type { EventDraft } from '../claims/extractClaims';

/** What an event is known by: its days, places, countries and the groups or people involved. */
export interface EventFacts {
	first: number | null;
	last: number | null;
	/** Entity ids of named places finer than a country (cities, neighbourhoods, sites). */
	readonly places: Set<string>;
	/** Country codes of every place and state named as the location. */
	readonly countries: Set<string>;
	/** Entity ids of armed or political groups involved. */
	readonly groups: Set<string>;
	/** Entity ids of persons involved. */
	readonly persons: Set<string>;
	readonly words: Set<string>;
	/** The text names it as an earlier event ("weeks after a bombing …"). */
	prior?: boolean;
	/** The days are the article's own recent days, not a date the text gives (an undated lead). */
	approximate?: boolean;
}

/** An event as one article tells it: the drafts merged into it and their facts. */
export interface ArticleEvent {
	readonly article: string;
	readonly index: number;
	readonly drafts: number[];
	readonly facts: EventFacts;
}

/** What two accounts of events are compared on: all their facts but their words. */
type Facts = Omit<EventFacts, 'words'>;

/** Facts of a single event draft, as resolved by the corpus (its word is the draft's own). */
export type DraftFacts = Facts & { readonly anaphoric: boolean };

const singular = (w: string) => w.replace(/(?:es|s)$/, '');

function overlapsDays(a: Facts, b: Facts, slack = 0): boolean {
	return a.first === null || b.first === null || (a.first - slack <= b.last! && b.first - slack <= a.last!);
}

/** Two accounts cannot be of one event if they name different countries or different armed groups. */
export function compatible(a: Facts, b: Facts): boolean {
	if (a.countries.size && b.countries.size && !intersects(a.countries, b.countries)) { return false; }
	if (a.groups.size && b.groups.size && !intersects(a.groups, b.groups)) { return false; }
	return true;
}

/** Adds a draft's facts, and its event word, to an event's. */
function absorb(into: EventFacts, from: Facts, word: string): void {
	if (from.first !== null && into.first === null) { into.first = from.first; into.last = from.last; }
	for (const x of from.places) { into.places.add(x); }
	for (const x of from.countries) { into.countries.add(x); }
	for (const x of from.groups) { into.groups.add(x); }
	for (const x of from.persons) { into.persons.add(x); }
	into.words.add(word);
}

/** No places, groups or persons: only ever read. */
const NONE: Set<string> = new Set();

/** The lead event has no date yet and was named by a word of the draft's kind. */
function datesUndatedLead(lead: ArticleEvent, d: EventDraft, drafts: readonly EventDraft[]): boolean {
	return lead.facts.first === null && d.kind !== null && lead.drafts.some(j => drafts[j].kind === d.kind);
}

/** No day, place, country, group or person: nothing that tells one event from another. */
export function isEmpty(f: Omit<EventFacts, 'words'>): boolean {
	return f.first === null && !f.places.size && !f.countries.size && !f.groups.size && !f.persons.size;
}

/**
 * Merges one article's event drafts into the events it tells of. A draft that
 * fits the lead event (no other date, country or group, not named as earlier)
 * is the lead event; otherwise it joins an earlier event it is compatible with
 * when it refers back ("the strike"),
 * shares a date, place or participant, or adds a fact the event lacked; a
 * draft with nothing of its own joins the latest event of the same kind, else
 * the article's lead event.
 */
export function mergeArticleEvents(article: string, drafts: readonly EventDraft[], facts: DraftFacts[], recent?: { first: number; last: number }): { events: ArticleEvent[]; eventOfDraft: number[] } {
	const events: ArticleEvent[] = [];
	const eventOfDraft: number[] = [];
	drafts.forEach((d, i) => {
		const f = facts[i];
		const word = singular(d.word);
		let target = -1;
		// An undated lead event is news: it happened in the days before the article. "Last month, a bombing …" is another event.
		const leadWindow = (e: ArticleEvent) => e.index === 0 && e.facts.first === null && recent && f.first !== null ? f.first <= recent.last && recent.first <= f.last! : true;
		// Within one article a day either side still fits: an event at night is dated by the day before or after it.
		const fits = (e: ArticleEvent) => compatible(e.facts, f) && overlapsDays(e.facts, f, 1) && leadWindow(e) && !(d.prior && e.index === 0 && !shares(e.facts, { ...f, places: NONE, groups: NONE, persons: NONE }));
		const specific = f.places.size > 0 || f.groups.size > 0 || f.persons.size > 0 || f.countries.size > 0;
		const going = continuing(drafts, i, eventOfDraft, events, f);
		if (going >= 0) {
			// "The first round was held on May 14. The president won 49.5% of the votes.": the next sentence goes on about that event.
			target = going;
		} else if (events.length && !d.prior && fits(events[0])) {
			// An article tells one story: what it says of an event that fits the lead (no other date, country or group) is about the lead.
			target = 0;
		} else if (d.prior && !f.anaphoric && f.first !== null && events.length && datesUndatedLead(events[0], d, drafts) && compatible(events[0].facts, f) && leadWindow(events[0])) {
			// "Ferry capsizes" over "… drowned after a ferry capsized on Wednesday": "after" names the headline's event, now dated
			// ("… said on Monday, two days after the blast" dates the saying: "the blast" refers back).
			target = 0;
		} else if (d.implicit) {
			// "three were killed on Wednesday": an event implied by a verb is the lead event when nothing says otherwise.
			target = events.length && fits(events[0]) && (isEmpty(f) || shares(events[0].facts, f) || fills(events[0].facts, f)) ? 0 : findLast(events, e => fits(e) && shares(e.facts, f));
		} else if (isEmpty(f)) {
			// "the attack", "attacks": the latest event of that kind, else the lead event.
			target = findLast(events, e => e.facts.words.has(word));
			if (target < 0 && events.length) { target = 0; }
		} else if (specific) {
			const sameKind = findLast(events, e => e.facts.words.has(word) && fits(e) && (f.anaphoric || shares(e.facts, f)));
			target = sameKind >= 0 ? sameKind : findLast(events, e => fits(e) && shares(e.facts, f));
		} else {
			// Only a date: it joins an event of that date, never lends its date to an undated one.
			target = findLast(events, e => fits(e) && shares(e.facts, f) && (e.facts.words.has(word) || f.anaphoric));
			if (target < 0) { target = findLast(events, e => fits(e) && shares(e.facts, f)); }
		}
		if (target < 0) {
			// A new event takes the draft's sets: each draft's facts are made for this merge and read only in its own turn.
			events.push({ article, index: events.length, drafts: [i], facts: { first: f.first, last: f.last, places: f.places, countries: f.countries, groups: f.groups, persons: f.persons, words: new Set([word]), prior: d.prior } });
			eventOfDraft.push(events.length - 1);
		} else {
			events[target].drafts.push(i);
			absorb(events[target].facts, f, word);
			eventOfDraft.push(target);
		}
	});
	// An undated lead is news: date it to the days before the article, for matching only (never as a claim).
	const lead = events[0];
	if (lead && lead.facts.first === null && recent) {
		lead.facts.first = recent.first;
		lead.facts.last = recent.last;
		lead.facts.approximate = true;
	}
	return { events, eventOfDraft };
}

/**
 * The earlier event, dated to the day, a draft with no day or place of its own continues: the one
 * the previous sentence is wholly about, when that is not the lead and of the
 * same kind (or the draft names no kind); else -1.
 */
function continuing(drafts: readonly EventDraft[], i: number, eventOfDraft: readonly number[], events: readonly ArticleEvent[], f: DraftFacts): number {
	const d = drafts[i];
	// Named people or groups do not make it another event ("the president won 49.5%"); its own day or place would.
	if (i === 0 || d.prior || f.first !== null || f.places.size || f.countries.size) { return -1; }
	const before = drafts[i - 1];
	const event = events[eventOfDraft[i - 1]];
	// "In that attack, …": the event named last, in this sentence or the one before.
	if (d.demonstrative && before.sentence >= d.sentence - 1) { return event.index; }
	// "In the first round on May 14, X won 49.5% of the vote": a word after a dated event in its own sentence is of it.
	if (before.sentence === d.sentence && !before.prior && event.index !== 0 && event.facts.first !== null && event.facts.last! - event.facts.first <= 2) { return event.index; }
	// Only an event dated to a day or so ("on May 14"), not a year that may be part of a name ("the Finance Bill 2024").
	if (before.sentence !== d.sentence - 1 || event.index === 0 || event.facts.first === null || event.facts.last! - event.facts.first > 2) { return -1; }
	// A sentence wholly about that event ("The first round was held on May 14."), not one that also names the lead.
	for (let k = i - 1; k >= 0 && drafts[k].sentence === before.sentence; k--) {
		if (eventOfDraft[k] !== event.index) { return -1; }
	}
	return d.kind === null || event.drafts.some(k => drafts[k].kind === d.kind) ? event.index : -1;
}

function findLast<T>(list: readonly T[], pred: (x: T) => boolean): number {
	for (let i = list.length - 1; i >= 0; i--) { if (pred(list[i])) { return i; } }
	return -1;
}

function shares(a: Facts, b: Facts): boolean {
	return (a.first !== null && b.first !== null && overlapsDays(a, b)) || intersects(a.places, b.places) || intersects(a.groups, b.groups) || intersects(a.persons, b.persons);
}

function fills(a: Facts, b: Facts): boolean {
	return (a.first === null && b.first !== null) || (!a.places.size && b.places.size > 0);
}

/** How two articles' events relate: the same event (perhaps with conflicting dates) or not. */
export type EventMatch = 'same' | 'same-date-conflict' | 'different';

/** The largest gap in days between two accounts' dates that can still be one event, given strong other evidence. */
export const MAX_DATE_CONFLICT_DAYS = 30;

/**
 * Judges whether events from two articles are one: compatible places and
 * groups, and either overlapping dates with something shared, or strong
 * evidence (a shared named place and a shared group or person) despite dates
 * up to {@link MAX_DATE_CONFLICT_DAYS} apart.
 */
export function matchEvents(a: EventFacts, b: EventFacts): EventMatch {
	if (!compatible(a, b)) { return 'different'; }
	const strong = intersects(a.places, b.places) && (intersects(a.groups, b.groups) || intersects(a.persons, b.persons));
	if (a.first === null || b.first === null) { return strong ? 'same' : 'different'; }
	const gap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last!, b.last!));
	// An aside about an earlier event ("weeks after a bombing in Mogadishu last month") is matched only on an exact day:
	// a month and a group fit too many events in a long archive.
	if ((a.prior || b.prior) && (a.last! - a.first > 2 || b.last! - b.first > 2)) { return 'different'; }
	if (gap > 0 && (a.approximate || b.approximate)) { return 'different'; }
	const sharesEntity = intersects(a.places, b.places) || intersects(a.groups, b.groups) || intersects(a.persons, b.persons);
	// Two named places and nothing else in common: an airstrike in Aleppo is not one in Idlib the same day.
	if (a.places.size && b.places.size && !intersects(a.places, b.places) && !intersects(a.groups, b.groups) && !intersects(a.persons, b.persons)) { return 'different'; }
	if (gap === 0) {
		// Day-precise accounts meet on a place or the country; a month ("last month", "in January") is too wide for a
		// place alone: a city sees many events a month, so a shared group or person is needed.
		const precise = a.last! - a.first < 3 && b.last! - b.first < 3;
		const sharesParty = intersects(a.groups, b.groups) || intersects(a.persons, b.persons);
		return (precise && (sharesEntity || intersects(a.countries, b.countries))) || sharesParty ? 'same' : 'different';
	}
	// An event the text names as earlier ("weeks after a bombing last month") is matched by its dates only.
	return strong && !a.prior && !b.prior && gap <= MAX_DATE_CONFLICT_DAYS ? 'same-date-conflict' : 'different';
}
