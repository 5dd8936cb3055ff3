import type { ActorMention, Mention } from '../types';
import type { Article, ArticleExtraction } from '../claims/extractArticle';
import { resolveDate, type DateValue } from '../mentions/dateValues';
import type { Entity } from '../mentions/entities';
import { lookupPlace } from '../vocabulary/lexicon';
import { isEmpty, mergeArticleEvents, type ArticleEvent, type DraftFacts } from './articleEvents';

/** An article's events, and the event each of its drafts was merged into. */
export type MergedEvents = { events: ArticleEvent[]; eventOfDraft: number[] };

/** Dates and events of one article, given its reference date and how its names resolve. */
export function articleStage(a: Article, ref: number | null, entityOf: (uri: string, m: ActorMention) => Entity | undefined): { dates: (DateValue | null)[]; merged: MergedEvents } {
	const dates = a.extraction.mentions.map(m => m.kind === 'date' ? resolveDate(m.expr, ref) : null);
	const facts = onePhrase(a.extraction.events, a.extraction.events.map(d => draftFacts(a, d, i => dates[i] ?? null, entityOf)));
	return { dates, merged: mergeArticleEvents(a.uri, a.extraction.events, facts, ref === null ? undefined : { first: ref - 10, last: ref + 1 }) };
}

/**
 * "after a gunman opened fire at a studio in Glenmoor": two words of one kind side by side name one event, so a
 * word with nothing of its own takes the facts of the word right after it (whose place and date they are).
 */
function onePhrase(drafts: ArticleExtraction['events'], facts: DraftFacts[]): DraftFacts[] {
	return facts.map((f, i) => {
		const d = drafts[i];
		const next = drafts[i + 1];
		const adjacent = next && next.sentence === d.sentence && next.kind !== null && next.kind === d.kind && next.prior === d.prior && next.trigger.start - d.trigger.end <= 1;
		return adjacent && isEmpty(f) && !isEmpty(facts[i + 1]) ? { ...facts[i + 1], places: new Set(facts[i + 1].places), countries: new Set(facts[i + 1].countries), groups: new Set(facts[i + 1].groups), persons: new Set(facts[i + 1].persons), anaphoric: f.anaphoric } : f;
	});
}

function draftFacts(a: Article, d: ArticleExtraction['events'][number], dateOf: (mentionIndex: number) => DateValue | null, entityOf: (uri: string, m: ActorMention) => Entity | undefined): DraftFacts {
	const mentions = a.extraction.mentions;
	const facts: DraftFacts = { first: null, last: null, places: new Set(), countries: new Set(), groups: new Set(), persons: new Set(), anaphoric: d.anaphoric };
	for (const i of d.dates) {
		const v = dateOf(i);
		// A year alone ("the Finance Bill 2024") dates only an earlier event ("a 2018 fire"), not the one reported.
		const yearOnly = v !== null && v.last - v.first > 60;
		if (v && facts.first === null && (!yearOnly || d.prior)) { facts.first = v.first; facts.last = v.last; }
	}
	for (const i of d.places) {
		const m = mentions[i] as ActorMention;
		const e = entityOf(a.uri, m);
		const place = lookupPlace(e?.canonical ?? m.name);
		if (place) { facts.countries.add(place.country); }
		if (m.type === 'place' && e) { facts.places.add(e.id); }
	}
	for (const i of d.actors) {
		const m = mentions[i] as Mention;
		if (m.kind !== 'actor') { continue; }
		const e = entityOf(a.uri, m);
		if (!e) { continue; }
		if (e.type === 'group') { facts.groups.add(e.id); }
		if (e.type === 'person') { facts.persons.add(e.id); }
	}
	return facts;
}
