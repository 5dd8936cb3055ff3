import { alternation, capitalise, VOCABULARY, wordSet } from '../vocabulary';
import { changelogShape, codeShape, dependencyShape, licenceShape, LIST_ITEM, listShape, logShape, wrappedShape, type FileShape } from './fileShapes';

/**
 * Whether a file's text reads as a news article. Corroborate analyses the
 * files it recognises and stays quiet on the other text files of a
 * repository (licences, dependency lists, changelogs, logs, code, notes).
 */
export interface ArticleShape {
	/** True when the text reads as a news article. */
	readonly article: boolean;
	/** A short phrase: what made it an article ("a dateline over 12 lines of prose"), or why it is not one ("a licence or notice"). */
	readonly reason: string;
}

/** How much of a file's start is read: enough for a dateline and a few paragraphs, little enough to run on every file. */
export const SHAPE_SAMPLE_CHARS = 4096;

const V = VOCABULARY.shape;
const MONTH = `(?:${alternation(VOCABULARY.dates.months)})\\.?`;
const WEEKDAY = `(?:${alternation(VOCABULARY.dates.weekdays)})`;
const ISO_DATE = '\\d{4}-\\d\\d-\\d\\d';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** "March 3, 2025", "3 March 2025", with the month pattern given. */
const dayMonthYear = (month: string) => `(?:${month}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+${month},?\\s+\\d{4})`;
const FULL_DATE = `(?:${WEEKDAY},?\\s+)?${dayMonthYear(MONTH)}`;
const CLOCK = '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d\\d(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?';
/** "date 2024-02-07", "Published: March 3, 2025", "Updated on Feb. 7, 2024 at 9:30 a.m. EST". */
const LABELLED_DATE = new RegExp(`^(?:${alternation(V.datelineLabels)})\\b[:\\s]*(?:on\\s+)?(?:${ISO_DATE}|${FULL_DATE})`, 'i');
/** A line that is only a date (and maybe a time): "February 21, 2024", "2024-02-21". */
const DATE_LINE = new RegExp(`^(?:${ISO_DATE}|${FULL_DATE})${CLOCK}$`, 'i');
/** A wire dateline before the lede: "NAIROBI (AP) —", "LIMA, March 3, 2025 —", "AUSTIN, Texas, May 3, 2024 -", "WASHINGTON (Reuters) -". */
const WIRE_DATELINE = /^(\p{Lu}[\p{Lu}.'’ ]{2,40}?)(?:,\s*[\p{L}\d. ]{2,30}?){0,2}(?:,\s*\d{4})?(?:\s*\([\p{L}. &]{1,30}\))?(?:\s*[—–]\s*|\s+-{1,2}\s+)\S/u;
/** A place in title case with the agency in brackets: "Lima (AFP) Oct 21, 2024 -", "Lyon (Reuters) —". */
const AGENCY_DATELINE = /^(\p{Lu}[\p{L}.'’ ]{1,40}?)\s*\([\p{L}. &]{1,30}\)(?:\s*[\p{L}\d., ]{2,30}?)?(?:\s*[—–]\s*|\s+-{1,2}\s+)\S/u;
/** Month names as a dateline writes them, capitalised (the patterns below are case-sensitive for the place's capitals). */
const TITLE_MONTH = `(?:${alternation(VOCABULARY.dates.months.map(capitalise))})\\.?`;
/** A place in title case and a full date: "Kumasi, May 9, 2022:", "Chicago, Oct. 8, 2023 -". */
const PLACE_DATE_DATELINE = new RegExp(`^\\p{Lu}[\\p{L}.'’ ]{1,40}?,\\s*${dayMonthYear(TITLE_MONTH)}\\s*(?:[—–:]|\\s-{1,2}\\s)\\s*\\S`, 'u');
/** A date and the agency, without a place: "Aug 6 (Reuters) -". */
const DATE_AGENCY_DATELINE = new RegExp(`^${TITLE_MONTH}\\s+${DAY}(?:,\\s*\\d{4})?\\s*\\([\\p{L}. &]{1,30}\\)\\s*(?:[—–]|-{1,2})\\s*\\S`, 'u');
const NOT_PLACES = wordSet(V.notDatelinePlaces);
const ATTRIBUTION = new RegExp(`\\b(?:${alternation(V.attributionCues)})\\b`, 'gi');
const NEWS_WORDS = new RegExp(`\\b(?:${alternation(V.newsWords)})\\b`, 'g');
const WEEKDAY_NAME = new RegExp(`\\b(?:${alternation(VOCABULARY.dates.weekdays.map(capitalise))})\\b`);
const SENTENCE_END = /[A-Za-z0-9%)"”’\u00c0-\u1fff][.!?…]["”’)]?(?:\s|$)/;

/** The words of a text, roughly: runs of characters other than white space. */
function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
		if (!space && !inWord) { words++; }
		inWord = !space;
	}
	return words;
}

/** The text and lines that are read: the start of the file, cut at a line break. */
function sample(text: string): { head: string; lines: string[] } {
	let head = text.length > SHAPE_SAMPLE_CHARS ? text.slice(0, SHAPE_SAMPLE_CHARS) : text;
	const cut = head.length === SHAPE_SAMPLE_CHARS ? head.lastIndexOf('\n') : -1;
	if (cut > SHAPE_SAMPLE_CHARS / 2) { head = head.slice(0, cut); }
	return { head, lines: head.split(/\r\n|\r|\n/).map(l => l.trim()).filter(l => l.length > 0) };
}

/** A letter, roughly: ASCII letters, and beyond ASCII what is not punctuation, symbols or surrogates (emoji). */
function isLetter(c: number): boolean {
	if (c < 0xc0) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba; }
	return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfeff;
}

/**
 * A line of prose: eight words or more, mostly letters, with a sentence
 * ending in it; not a list item. Counted by hand: this runs on every line of
 * every file indexed, and Unicode property patterns cost several times more.
 */
function isProse(line: string): boolean {
	if (line.length < 30 || LIST_ITEM.test(line) || !SENTENCE_END.test(line)) { return false; }
	let words = 0;
	let letters = 0;
	let visible = 0;
	let previous = false;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32 || c === 9) { previous = false; continue; }
		visible++;
		const letter = isLetter(c);
		if (letter) { letters++; }
		if (letter && !previous) { words++; }
		previous = letter || (previous && (c === 39 || c === 0x2019 || c === 45));
	}
	return words >= 8 && letters / visible >= 0.7;
}

/** A dateline among the first lines: a labelled date, a date on its own line, or a wire dateline over a lede. */
function findDateline(lines: readonly string[]): string | null {
	for (const line of lines.slice(0, 8)) {
		if (LABELLED_DATE.test(line) || DATE_LINE.test(line)) { return 'a dateline'; }
		const wire = WIRE_DATELINE.exec(line);
		if (wire && !NOT_PLACES.has(wire[1].trim().toLowerCase()) && /\p{Lu}{2}/u.test(wire[1]) && isProse(line)) { return 'a wire dateline'; }
		const agency = AGENCY_DATELINE.exec(line);
		if (agency && !NOT_PLACES.has(agency[1].trim().toLowerCase()) && isProse(line)) { return 'a wire dateline'; }
		if ((PLACE_DATE_DATELINE.test(line) || DATE_AGENCY_DATELINE.test(line)) && isProse(line)) { return 'a wire dateline'; }
	}
	return null;
}

/** What speaks for an article: a dateline, and lines of prose. */
interface Evidence {
	readonly dateline: string | null;
	readonly prose: number;
	/** The share of the sampled characters in prose lines. */
	readonly proseShare: number;
}

function evidenceOf(lines: readonly string[]): Evidence {
	const prose = lines.filter(isProse);
	const chars = lines.reduce((n, l) => n + l.length, 0);
	return { dateline: findDateline(lines), prose: prose.length, proseShare: chars ? prose.reduce((n, l) => n + l.length, 0) / chars : 0 };
}

/**
 * Points for the habits of news writing, for prose without a dateline:
 * attributions (up to 2), a day of the week (1), the words of news reports (up to 2).
 */
function newsPoints(head: string, lower: string): number {
	const attributions = head.match(ATTRIBUTION)?.length ?? 0;
	const newsWords = new Set(lower.match(NEWS_WORDS)).size;
	return Math.min(attributions, 2) + (WEEKDAY_NAME.test(head) ? 1 : 0) + (newsWords >= 4 ? 2 : newsWords >= 2 ? 1 : 0);
}

/** The shape of another kind of text file that the sample has: a strong one first, else the first weak one. */
function otherShape(lower: string, lines: readonly string[], words: number): FileShape | null {
	const shapes = [licenceShape(lower, words), dependencyShape(lines), logShape(lines), codeShape(lines), changelogShape(lines), wrappedShape(lines), listShape(lines)];
	return shapes.find(s => s?.strong) ?? shapes.find(s => s) ?? null;
}

const yes = (reason: string): ArticleShape => ({ article: true, reason });
const no = (reason: string): ArticleShape => ({ article: false, reason });
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Decides from the first {@link SHAPE_SAMPLE_CHARS} characters of a file
 * whether it reads as a news article. For an article: a dateline near the top
 * (`date 2024-02-07`, `Published …`, `BAGHDAD (AP) —`), lines of prose,
 * attributions ("said", "according to") and days of the week. Against: the
 * shapes of licences, dependency lists, logs, code, changelogs and lists
 * (a dateline over prose outweighs the weaker of them), and files too short
 * or without prose.
 */
export function recogniseArticle(text: string): ArticleShape {
	const { head, lines } = sample(text);
	if (!lines.length) { return no('empty'); }
	const lower = head.toLowerCase();
	const words = countWords(head);
	const other = otherShape(lower, lines, words);
	if (other?.strong) { return no(other.reason); }
	const evidence = evidenceOf(lines);
	if (!evidence.prose) { return no(other?.reason ?? 'no sentences of prose'); }
	if (evidence.dateline) { return yes(`${evidence.dateline} over ${plural(evidence.prose, 'line')} of prose`); }
	if (other) { return no(other.reason); }
	if (words < 40) { return no(`too short for an article (${plural(words, 'word')})`); }
	if (evidence.proseShare < 0.25) { return no('mostly short lines, little prose'); }
	if (newsPoints(head, lower) >= 3) { return yes(`${plural(evidence.prose, 'line')} of prose that reads as news`); }
	return no('prose without a dateline, attributions ("said") or the words of news reports');
}
