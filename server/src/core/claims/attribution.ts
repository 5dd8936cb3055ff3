import type { Span } from '../types';
import { alternation, VOCABULARY, wordSet } from '../vocabulary';
import { EVENT_WORDS } from '../vocabulary/events';
import { overlaps } from '../util/intervals';

/** Who a statement is attributed to in the text ("the Pentagon", "two officials with Iran-backed militias"). */
export interface Attribution {
	readonly text: string;
	readonly span: Span;
}

const words = VOCABULARY.attribution;
// Spun synonyms included: "stated" for said, "in accordance with" for according to. A passive auxiliary before the
// verb ("was reported") does not make a speaker.
// "several states", "the reports", "38 states": after a determiner or a number the word is a noun.
const VERB = new RegExp(`\\b(?<!\\b(?:${alternation([...words.passiveAuxiliaries, ...words.nounMarkers])}|\\d[\\d,.]*)\\s)(?:${alternation(words.speechVerbs)})\\b`, 'g');
// The phrase runs to a comma, a colon or a full stop; the dot of an initial ("the U.S. Geological Survey") and the comma
// of a figure ("a survey of 1,200 voters") are part of it.
const ACCORDING = new RegExp(`\\b(?:${alternation(words.accordingTo)})\\s+((?:[^,.;:—–]|(?<=(?:^|[\\s.])\\p{L})\\.|(?<=\\d),(?=\\d))+)`, 'iu');
const LEADING = new RegExp(`^(?:${alternation(words.leadingWords)})\\b[\\s,]*`, 'i');
const TRAILING = new RegExp(`[\\s,]*\\b(?:${alternation(words.trailingWords)}|on \\w+day)$`, 'i');
const PRONOUNS = wordSet(words.pronouns);
const SUBORDINATE = new RegExp(`\\b(?:${alternation(words.subordinators)})\\s+`, 'gi');
/** "a bill that opponents say …": a speaker right after a relative pronoun speaks inside the relative clause. */
const RELATIVE_BEFORE = new RegExp(`\\b(?:${alternation(VOCABULARY.text.relativePronouns)})\\s+$`, 'i');
/** "with two confirmed dead": a figure is no speaker. */
const FIGURES = wordSet(Object.keys(VOCABULARY.numbers.numberWords));
const AUXILIARY = new RegExp(`\\b(?:${alternation(words.passiveAuxiliaries)})\\b`, 'i');

/** A speech verb of a sentence and its subject; `relative` when the subject opens a relative clause ("a bill that opponents say"). */
interface Speaker { readonly at: number; readonly verbEnd: number; readonly subject: Attribution; readonly relative: boolean }

/** Who a sentence's statements may be attributed to: its "according to X" phrase (undefined without one), else its speakers. */
interface SentenceSources { readonly according: Attribution | null | undefined; readonly speakers: readonly Speaker[] }

/** The sentence read last and its sources: the claims of a sentence are read one after another. */
let last: { sentence: Span; text: string; sources: SentenceSources } | undefined;

/** The sources of a sentence, read once for all the claims it holds. */
function sourcesOf(sentence: Span, text: string): SentenceSources {
	if (last?.sentence !== sentence || last.text !== text) { last = { sentence, text, sources: readSources(sentence, text) }; }
	return last.sources;
}

function readSources(sentence: Span, text: string): SentenceSources {
	const s = text.slice(sentence.start, sentence.end);
	const according = ACCORDING.exec(s);
	if (according) {
		const start = sentence.start + according.index + according[0].length - according[1].length;
		return { according: clean(text, start, start + according[1].length), speakers: [] };
	}
	const speakers: Speaker[] = [];
	VERB.lastIndex = 0;
	for (let m = VERB.exec(s); m; m = VERB.exec(s)) {
		const at = sentence.start + m.index;
		const subject = subjectBefore(text, sentence.start, at);
		if (subject && subject.text.length > 1) {
			speakers.push({ at, verbEnd: at + m[0].length, subject, relative: RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, subject.span.start - 8), subject.span.start)) });
		}
	}
	return { according: undefined, speakers };
}

/**
 * Finds who states the claim at `claim` within its sentence: an "according to X"
 * phrase, else the subject of the nearest speech verb ("X said", "X reports") that does not hold `figure`, the
 * claim's number.
 */
export function findAttribution(text: string, sentence: Span, claim: Span, figure: Span = claim): Attribution | null {
	const sources = sourcesOf(sentence, text);
	if (sources.according !== undefined) { return sources.according; }
	let best: Attribution | null = null;
	let bestDistance = Infinity;
	for (const { at, verbEnd, subject, relative } of sources.speakers) {
		// "20 were detained after a rally against a bill that opponents say would …": a speaker inside a relative clause
		// speaks of what follows, not of a figure before.
		if (at > claim.start && relative) { continue; }
		// "DownCheck logged 1.6 million user reports": a speaker that holds the figure itself is a noun read as a verb.
		if (overlaps(subject.span, figure)) { continue; }
		const distance = at <= claim.start ? claim.start - verbEnd : (at - claim.end) * 1.2;
		if (distance < bestDistance) {
			best = subject;
			bestDistance = distance;
		}
	}
	return best;
}

/** The words between the start of the clause and a speech verb. */
function subjectBefore(text: string, sentenceStart: number, verbAt: number): Attribution | null {
	const head = text.slice(sentenceStart, verbAt);
	let cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('—'), head.lastIndexOf(':')) + 1;
	const that = /\b(?:that|which|who)\s+/gi;
	for (let m = that.exec(head); m; m = that.exec(head)) { cut = Math.max(cut, m.index + m[0].length); }
	// "Eleven people died after authorities said": the speaker is in the clause the verb is in.
	SUBORDINATE.lastIndex = 0;
	for (let m = SUBORDINATE.exec(head); m; m = SUBORDINATE.exec(head)) { cut = Math.max(cut, m.index + m[0].length); }
	// "The office received reports of a shooting": a verb before the speech word makes it a noun, not a report.
	// (The word is looked at alone: an end-anchored pattern would be tried from every letter of the clause.)
	const body = head.trimEnd();
	if (body.length < head.length && /\p{L}ed$/u.test(body.slice(-4))) { return null; }
	const start = sentenceStart + cut;
	return clean(text, start, verbAt);
}

function clean(text: string, start: number, end: number): Attribution | null {
	let s = text.slice(start, end);
	const lead = s.length - s.trimStart().length;
	s = s.trim();
	let from = start + lead;
	for (let m = LEADING.exec(s); m && m[0].length; m = LEADING.exec(s)) {
		from += m[0].length;
		s = s.slice(m[0].length);
	}
	const trail = TRAILING.exec(s);
	if (trail) { s = s.slice(0, trail.index); }
	s = s.replace(/[\s,]+$/, '');
	// A quotation mark left from the quote before ("” the commission said").
	const quote = /^[“”"‘’']+\s*/.exec(s);
	if (quote) {
		from += quote[0].length;
		s = s.slice(quote[0].length);
	}
	// "marking what is widely reported": a clause with a verb of its own is no speaker.
	if (!s || AUXILIARY.test(s) || s.split(/\s+/).length > 12 || PRONOUNS.has(s.toLowerCase()) || FIGURES.has(s.toLowerCase()) || /^[\d.,]+$/.test(s) || namesEvent(s)) { return null; }
	return { text: s, span: { start: from, end: from + s.length } };
}

/** "The explosion claims 140 lives": an event is no speaker; the name of one ("the National Earthquake Centre said") is. */
function namesEvent(subject: string): boolean {
	const written = subject.split(/[\s-]+/);
	const words = written.map(w => w.toLowerCase());
	return words.some((_, i) => (i === 0 || !/^\p{Lu}/u.test(written[i])) && EVENT_WORDS.match(words, i)?.value.kind);
}
