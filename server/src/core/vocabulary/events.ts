import data from './events.json';
import { PhraseLexicon, phraseSet } from './phrases';
import { wordSet } from '.';

/** Kinds of events (events.json) and the words that name them; `generic` words ("incident") fit any kind. */
export interface EventWord {
	readonly kind: string | null;
}

/** Words and phrases naming an event, with its kind (null for a generic word). */
export const EVENT_WORDS = new PhraseLexicon<EventWord>();
for (const [kind, words] of Object.entries(data.eventKinds)) {
	for (const w of words) { EVENT_WORDS.add(w, { kind }); }
}
for (const w of [...data.genericEventWords, ...data.occurrenceVerbs]) { EVENT_WORDS.add(w, { kind: null }); }

/** "occurred", "took place": verbs that say when or where an event happened. */
export const OCCURRENCE_VERBS = phraseSet(data.occurrenceVerbs);
/** "killed in another shooting": words that tie a figure to the event word right after them. */
export const ATTACH_WORDS = wordSet(data.attachWords);
/** Words before an event noun that make it an earlier event ("after a bombing"). */
export const PRIOR_CUES = wordSet(data.priorCues);
/** "minutes after", "shortly before": a moment within the event named next, not an earlier event. */
export const WITHIN_EVENT_CUES = wordSet(data.withinEventCues);
/** "20 months after the …": units of time long enough to put the event after them in the past. */
export const LONG_AGO_UNITS = wordSet(data.longAgoUnits);
/** "was completed around 8.30 am": a time said with one of these is when the event ended. */
export const END_VERBS = wordSet(data.endVerbs);
/** Words before an event noun that refer back to one named already ("the blast"). */
export const ANAPHORA = wordSet(data.anaphora);
/** "fire department", "disaster declaration": nouns an event word before them only modifies. */
export const MODIFIED_HEADS = wordSet(data.modifiedHeads);
/** "that attack", "this blast": the event named last. */
export const DEMONSTRATIVES = wordSet(data.demonstratives);
/** Verbs that imply an event when no event word is written ("three were killed on Wednesday"). */
export const IMPLYING_WORDS = wordSet(data.implyingWords);
/** "until 3.15 am", "by 9 a.m.": a time or date that ends or bounds something, not when the event happened. */
export const END_MARKERS = wordSet(data.endMarkers);
