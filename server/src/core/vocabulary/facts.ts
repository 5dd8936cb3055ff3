import type { Dimension } from '../types';
import data from './facts.json';
import { PhraseLexicon, phraseSet } from './phrases';
import { lookupDemonym } from './lexicon';
import { VOCABULARY, wordMap, wordSet } from '.';

/**
 * Fact kinds (facts.json): what a number states ("killed", "hospitalised",
 * "voted in favour"), how its figure moves over time, and the nouns a number
 * counts ("people", "children", "rifles") in classes.
 */

/** How a fact's figure moves over time: a running total, up and down, or one true value. */
export type Change = 'rises' | 'varies' | 'fixed';

/** A kind of fact, from the vocabulary or (`open`) a predicate it does not list, which matches only itself. */
export interface FactKind {
	readonly id: string;
	readonly label: string;
	readonly change: Change;
	readonly open?: boolean;
	/** The dimensions its figures may be written in ("seized 5 kg"); none for a count of things. */
	readonly units?: readonly Dimension[];
	/** A value no count in progress changes (an age, a role): never preliminary. */
	readonly settled?: boolean;
	/** Classes of people who only do what it counts ("lawmakers" of votes): a count of them counts anyone. */
	readonly actors?: readonly string[];
	/** What its figures may count, when they count a noun: classes or nouns, or "people" for any people ("8 held", not "held 3 rallies"). */
	readonly counts?: readonly string[];
}

const KINDS = new Map<string, FactKind>(data.facts.map(f => [f.id, Object.freeze({ id: f.id, label: f.label, change: f.change as Change, units: (f as { units?: Dimension[] }).units, settled: (f as { settled?: boolean }).settled, actors: (f as { actors?: string[] }).actors, counts: (f as { counts?: string[] }).counts })]));

/** A fact kind by id; an id the vocabulary does not list is an open predicate ("~rescued"). */
export function factKind(id: string): FactKind {
	const known = KINDS.get(id);
	if (known) { return known; }
	// "area:lga": an administrative area of a level; "~rescued": a predicate the vocabulary lacks.
	const [family, detail] = id.split(':');
	const base = detail ? KINDS.get(family) : undefined;
	return base ? { ...base, id, label: `${base.label} (${detail})` } : { id, label: `Number ${id.replace(/^~/, '')}`, change: 'varies', open: true };
}

const COMPOUND_NOUNS = wordSet(data.compoundNouns);

/** Fact words and phrases, except where a noun after them makes another noun ("arrest warrants", "death threats"). */
class FactLexicon extends PhraseLexicon<FactKind> {
	override match(words: readonly string[], i: number): { readonly length: number; readonly value: FactKind } | undefined {
		const hit = super.match(words, i);
		return hit && COMPOUND_NOUNS.has(words[i + hit.length]) ? undefined : hit;
	}
}

/** Words and phrases that state a fact next to a number. */
export const FACT_WORDS = new FactLexicon();
for (const f of data.facts) {
	for (const w of [...f.words, ...f.phrases]) { FACT_WORDS.add(w, KINDS.get(f.id)!); }
}

/** Counted nouns that state the fact themselves ("535 deaths", "113 arrests"). */
export const FACT_HEADS: ReadonlyMap<string, FactKind> = wordMap(Object.fromEntries(data.facts.flatMap(f => f.heads.map(h => [h, KINDS.get(f.id)!]))));

/** What a number counts: a class of people or things, or a noun of its own; `generic` for "people", "victims". */
export interface HeadClass {
	readonly id: string;
	readonly generic: boolean;
	/** A class of people ("children", "suspects"), not of things ("rifles", "shops"). */
	readonly person: boolean;
}

const GENERIC = wordSet(data.genericPersonHeads);
const CLASSES = new PhraseLexicon<{ id: string; person: boolean }>();
for (const [id, words] of Object.entries(data.personClasses)) {
	for (const w of words) { CLASSES.add(w, { id, person: true }); }
}
for (const [id, words] of Object.entries(data.thingClasses)) {
	for (const w of words) { CLASSES.add(w, { id, person: false }); }
}
const PERSON_CLASSES = new Set(Object.keys(data.personClasses));

/** True for a head class of people (or the generic "person"). */
export function isPersonHead(id: string): boolean {
	const own = ownClass(id);
	return own === 'person' || PERSON_CLASSES.has(own);
}

/** Whether a fact may count what a figure counts: "eight held" counts people, "held three rallies" states no arrest. */
export function mayCount(fact: FactKind, head: HeadClass): boolean {
	return !fact.counts || fact.counts.some(c => (c === 'people' ? head.generic || isPersonHead(head.id) : ownClass(head.id) === c));
}

/** A head's class without the nation {@link headClass} may put before it: "american soldier" -> "soldier". */
export function ownClass(id: string): string {
	return id.slice(id.lastIndexOf(' ') + 1);
}
const IRREGULAR = wordMap(data.irregularPlurals as Record<string, string>);

const PLURAL_OF = new Map([...IRREGULAR].map(([plural, one]) => [one, plural]));

/** The plural of a counted noun's singular ("body" → "bodies", "crew" → "crew", "child" → "children"). */
export function plural(word: string): string {
	const known = PLURAL_OF.get(word);
	if (known) { return known; }
	if (/[^aeiou]y$/.test(word)) { return `${word.slice(0, -1)}ies`; }
	return /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** The singular of a noun, by the irregular list or the regular endings. */
export function singular(word: string): string {
	const w = word.toLowerCase();
	const irregular = IRREGULAR.get(w);
	if (irregular) { return irregular; }
	if (/ies$/.test(w) && w.length > 4) { return `${w.slice(0, -3)}y`; }
	if (/(?:ss|us|is)$/.test(w)) { return w; }
	if (/(?:ch|sh|x|ss)es$/.test(w)) { return w.slice(0, -2); }
	return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** The class of a counted noun phrase ("U.S. service members" → soldier; "suspected criminals" → suspect; "policemen killed" → police). */
/** Whether a word names a class of what news counts ("people", "voters", "drones"), not any noun. */
export function isCountedClass(word: string): boolean {
	const w = word.toLowerCase();
	return GENERIC.has(w) || !!CLASSES.match([w], 0);
}

export function headClass(counted: string): HeadClass {
	const words = counted.toLowerCase().replace(/[“”"'’]/g, '').split(/[\s-]+/).filter(Boolean);
	// "13 Israeli hostages", "two U.S. soldiers": people of one nation are a class apart from the same people in general.
	const nation = words.length > 1 && lookupDemonym(words[0])?.type === 'state' ? `${words[0]} ` : '';
	for (let i = 0; i < words.length; i++) {
		const m = CLASSES.match(words, i);
		if (m) { return { ...m.value, id: nation + m.value.id, generic: false }; }
		if (GENERIC.has(words[i])) { return nation ? { id: `${nation}person`, generic: false, person: true } : { id: 'person', generic: true, person: true }; }
	}
	return { id: nation + singular(words[words.length - 1] ?? ''), generic: false, person: !!nation && GENERIC.has(words[words.length - 1]) };
}

/** Words skipped between a counted noun and the word that states its fact ("were reportedly", "have so far"). */
export const SKIP_WORDS = wordSet(data.skipWords);
/** Verbs of a figure that grew ("rose to", "climbed to"): the figure is an update. */
export const RISE_VERBS = wordSet(data.riseVerbs);
/** Verbs that change a level, up or down: a figure after "by" following one is the change ("cut the rate by 0.5 points"). */
export const CHANGE_VERBS = wordSet([...data.riseVerbs, ...data.changeVerbs]);
/** Verbs that give a figure its value ("stands at", "was", "fixed at"). */
export const LEVEL_VERBS = wordSet(data.levelVerbs);
/** Nouns that name a figure whose fact is said elsewhere ("the toll", "the final count"). */
export const TALLY_NOUNS = phraseSet(data.tallyNouns);
/** "including three children", "among them": the number that follows is a part of a figure given before. */
export const SUBSET_MARKERS = phraseSet(data.subsetMarkers);
/** "three prisoners for every hostage", "12 cases per day": a count so followed is a rate. */
export const RATE_PHRASES = phraseSet(data.ratePhrases);
/** "97 still in hospital", "50 remain missing": a figure of those left, a part of all ever counted. */
export const REMAINING_WORDS = wordSet(data.remainingWords);
/** "six died on Thursday alone": the figure is a part of a larger one. */
export const ALONE_WORDS = wordSet(data.aloneWords);
/** "one died from his injuries": those added to a count since, a part of it. */
export const LATER_PHRASES = phraseSet(data.laterPhrases);
/** "pronounced dead at the scene": those of a toll who died in one place, a part of it. */
export const SCENE_PHRASES = phraseSet(data.scenePhrases);
/** "three of them": the number before is a part of a figure given before. */
export const PARTITIVE_MARKERS = phraseSet(data.partitiveMarkers);
/** "voted 195 to 106": the first figure is for, the second against. */
export const VOTE_WORDS = wordSet(data.voteWords);
/** "earlier", "up from": a figure the article itself has replaced. */
export const SUPERSEDED_MARKERS = phraseSet(data.supersededMarkers);
export const PRELIMINARY_WORDS = wordSet(data.preliminaryWords);
export const FINAL_WORDS = wordSet(data.finalWords);
/** "last year", "compared with": the figure is about another time than the event. */
export const BACKGROUND_CUES = phraseSet(data.backgroundCues);
/** "52% for Moreau", "supported by": a preposition that names whose figure it is. */
export const SUBJECT_PREPOSITIONS = wordSet(data.subjectPrepositions);

/** "analysts had expected", "estimates of": a figure after these in its clause is what someone expected. */
export const EXPECTATION_WORDS = wordSet(data.expectationWords);
/** "more than expected", "as forecast": the figure is the actual one. */
export const EXPECTATION_MET = wordSet(data.expectationMet);

/** Words before a duration that make it a window of time ("in", "over"), and periods between them and it ("the past"). */
const WINDOW_WORDS = wordSet(data.windowWords);
const WINDOW_PERIODS = wordSet(data.windowPeriods);

/** "in more than two years", "in the 12 months", "over the past 10 years": the words before the figure at `a` make it a window of time. */
export function windowBefore(words: readonly string[], a: number): boolean {
	let k = WINDOW_PERIODS.has(words[a - 1]) ? a - 2 : a - 1;
	if (words[k] === 'the') { k--; }
	return WINDOW_WORDS.has(words[k]);
}

/** The fact a measured value states when no word says more ("52%" is a share, "12 km" a distance). */
export const DIMENSION_FACTS: ReadonlyMap<string, string> = wordMap(data.dimensionFacts as Record<string, string>);

/** Whether a figure written in a unit of this dimension can be of the kind: "seized 5 kg" yes, "a 66-year-old man killed" no. */
export function writtenIn(kind: FactKind, dimension: Dimension): boolean {
	return DIMENSION_FACTS.get(dimension) === kind.id || !!kind.units?.includes(dimension);
}
/** Nouns that preliminary or final words qualify ("initial assessment", "official results"). */
export const STATUS_NOUNS = wordSet(data.statusNouns);
/** "targeted … more than 160 times": the fact a count of times of an action states (a count of attacks). */
export const REPEATED_ACTIONS: ReadonlyMap<string, string> = wordMap(data.repeatedActions as Record<string, string>);
/** Nouns that count how often something was done ("times", "occasions"). */
export const TIMES_NOUNS = wordSet(data.timesNouns);
/** "three more people", "another 30": a figure added to one given before, a part of the whole. */
export const PART_AFTER = wordSet(data.partAfter);
export const PART_BEFORE = wordSet(data.partBefore);
/** Lower-case words that may stand between "in"/"at" and an administrative area ("in Ossel town, Brannock LGA"). */
export const AREA_GAP_WORDS = wordSet(data.areaGapWords);
/** Nouns a designation follows ("flight 691"), to the fact it states. */
export const IDENTIFIER_NOUNS = wordMap(data.identifierNouns as Record<string, string>);
/** Words before a score or tally ("beat them 2-1", "ruled 7-2") and nouns after one ("a 2-1 win"). */
export const SCORE_BEFORE = wordSet(data.scoreBefore);
export const SCORE_AFTER = wordSet(data.scoreAfter);
/** Words of administrative areas and their level ("Local Government Area" → lga, "County" → county). */
export const ADMIN_AREAS = new PhraseLexicon<string>();
for (const [words, level] of Object.entries(data.adminAreas)) { ADMIN_AREAS.add(words, level); }
/** Roles a person holds at an organisation, in classes ("spokesman" and "spokeswoman" are one role, "head" another). */
export const ROLES = new PhraseLexicon<string>();
for (const [role, words] of Object.entries(data.roles)) {
	for (const w of words) { ROLES.add(w, role); }
}
/** Facts whose value means nothing without whose it is ("52% of the vote": whose share?): weak evidence without a subject. */
export const NEED_SUBJECT = wordSet(data.needSubject);
/** "19 killed in three shootings": words before a count of events that make a figure a total over them. */
export const ACROSS_WORDS = wordSet(data.acrossWords);
/** "two related shootings": words that make several events one. */
export const ONE_EVENT_WORDS = wordSet(data.oneEventWords);
/** "98% of ballots counted": what a count still under way is a share of, and the words that say it is under way. */
export const PARTIAL_COUNT_UNITS = phraseSet(data.partialCountUnits);
export const PARTIAL_COUNT_VERBS = phraseSet(data.partialCountVerbs);
/** Facts of the event named before them ("the Elm Creek fire was 85% contained"). */
export const OF_NAMED_EVENT = wordSet(data.ofNamedEvent);
/** Vague quantities ("several", "dozens"): compared only as weak evidence. */
export const VAGUE_PHRASES = wordSet(Object.keys(VOCABULARY.numbers.vague));
