import type { Mention } from '../types';
import { alternation, VOCABULARY } from '../vocabulary';
import { STATE_ACRONYMS } from '../vocabulary/lexicon';
import type { EventDraft } from './eventMentions';

// A place is the event's location after a locative word ("in", "near") with up to five lower-case words between.
const LOCATIVE = new RegExp(`\\b(?:${alternation(VOCABULARY.names.locatives)})\\s+(?:[\\p{Ll}-]+\\s+){0,5}$`, 'iu');
// "said on Wednesday": the date of a statement, not of the event.
const SPEECH_DATE = new RegExp(`\\b(?:${alternation(VOCABULARY.attribution.speechVerbs)})\\s+(?:on\\s+)?$`, 'i');
// "reached 294 as of Sunday morning", "as of the evening of Aug. 14": when a figure was reported, not when the event happened.
const REPORTING = new RegExp(`\\b(?:${alternation(VOCABULARY.events.reportingTimeCues)})\\s+(?:the\\s+\\w+\\s+of\\s+)?$`, 'i');
// "the toll from the landslide rose to 25 on Saturday", "reached 93 on Saturday (Aug 12)": when a count had risen, not
// when the event happened (not "the storm hit Florida on Monday").
const RISEN = new RegExp(`\\b(?:${alternation(VOCABULARY.facts.riseVerbs)})\\s+(?:to\\s+)?(?:\\d[\\d.,]*|${alternation(Object.keys(VOCABULARY.numbers.numberWords))})\\s+(?:on|by)\\s+(?:\\w+\\s+\\(\\s*)?$`, 'i');
// "a contract running until June 2032": the end of a span, not when the event happened.
const UNTIL = new RegExp(`\\b(?:${alternation(VOCABULARY.events.spanEnds)})\\s+(?:the\\s+end\\s+of\\s+)?$`, 'i');
// "tweeted at 3:48 p.m.": the time of a statement.
const SPEECH_TIME = new RegExp(`\\b(?:${alternation(VOCABULARY.attribution.speechVerbs)})\\s+at\\s+$`, 'i');
// "since Oct. 17": the start of a running count, not the event's date.
const SINCE = new RegExp(`\\b(?:${alternation(VOCABULARY.facts.sinceWords)})\\s+(?:the\\s+)?$`, 'i');

/** Ties one of a sentence's mentions to its nearest event: a date, a time, a place where it happened, or a participant. */
export function tieToEvent(text: string, e: EventDraft, m: Mention, idx: number): void {
	const before = text.slice(Math.max(0, m.span.start - 40), m.span.start);
	if ((m.kind === 'date' || m.kind === 'time') && (REPORTING.test(before) || RISEN.test(before) || (m.kind === 'date' && UNTIL.test(before)))) {
		return;
	}
	// A day only implied for a clock time (from an earlier sentence) is a guess; it does not date an event.
	if (m.kind === 'date' && m.role !== 'dateline' && !m.implied && !SPEECH_DATE.test(before) && !SINCE.test(before)) {
		e.dates.push(idx);
	} else if (m.kind === 'time') {
		if (!SPEECH_TIME.test(before)) { e.times.push(idx); }
	} else if (m.kind === 'actor' && (m.type === 'place' || m.type === 'state') && (LOCATIVE.test(before) || followsPlace(e, before)) && !isModifier(text, m.text, m.span.end)) {
		e.places.push(idx);
	} else if (m.kind === 'actor') {
		e.actors.push(idx);
	}
}

/** "a US drone strike": a country's acronym before a noun describes, it does not locate. */
function isModifier(text: string, name: string, end: number): boolean {
	return STATE_ACRONYMS.has(name.toLowerCase()) && name === name.toUpperCase() && /^\s+(?!and\b)\p{L}/u.test(text.slice(end, end + 4));
}

/** "in Syria and Iraq": a place listed right after a locative one. */
function followsPlace(e: EventDraft, before: string): boolean {
	return e.places.length > 0 && /(?:,|\band)\s*$/.test(before);
}
