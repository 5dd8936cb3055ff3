import { VOCABULARY, wordSet } from '../vocabulary';

/** Where a whole number stands in the text, and its value. */
interface Figure { readonly value: number; readonly start: number; readonly end: number }

/** Words before a whole number that make it an age ("aged 24", "at the age of 84", "dies at 84"), in lower case. */
const AGE_LEADS = VOCABULARY.units.ageLeads.map(w => w.toLowerCase());
const AGE_LEAD_ENDS = new Set(AGE_LEADS.flatMap(w => [w.slice(-1), w.slice(-1).toUpperCase()]));
/** After an age's figure, what makes it a clock instead ("died at 9:40", "at 9 p.m."). */
const CLOCK_AFTER = /^\s*(?:[:.]\d|[ap]\.?m\b|o['’]clock)/i;

/** Small words that may follow an age ("died at 84 on Sunday", "aged 24 from Leeds"), unlike a noun it would count. */
const AFTER_AGE = wordSet(VOCABULARY.names.stopwords);

/** True when `before` ends with one of the words of an age, then space ("… died at the age of "). */
function endsWithAgeLead(before: string): boolean {
	const tail = before.trimEnd().toLowerCase();
	return tail.length < before.length && AGE_LEADS.some(w => tail.endsWith(w) && !/\p{L}/u.test(tail[tail.length - w.length - 1] ?? ''));
}

/** After an age's figure: no clock ("died at 9:40") and no noun it counts ("died at 3 sites"), only a stop or a small word. */
function ageEnds(after: string): boolean {
	const word = /^[^\S\n]+(\p{L}+)/u.exec(after)?.[1];
	return !CLOCK_AFTER.test(after) && (!word || AFTER_AGE.has(word.toLowerCase()));
}

/** "aged 24", "at the age of 84", and "Lilan Li, 63," (a whole number between commas after a name). */
export function isAge(text: string, found: Figure): boolean {
	const c = text[found.start - 2];
	if (!Number.isInteger(found.value) || found.value <= 0 || found.value >= 120) { return false; }
	if (c === 's' && personIs(text, found)) { return true; }
	if (c !== ',' && !AGE_LEAD_ENDS.has(c)) { return false; }
	const before = text.slice(Math.max(0, found.start - 30), found.start);
	if (c !== ',') { return endsWithAgeLead(before) && ageEnds(text.slice(found.end, found.end + 16)); }
	const after = text.slice(found.end, found.end + 2);
	// "Lilan Li, 63." (or at the end of a list's line) and "the former minister, 58, was", "Li Lilan, female, 63;": after a
	// name, or between commas after a word for one person.
	return (/\p{Lu}[\p{Ll}'’-]+,\s$/u.test(before) && /^(?:[,;)]|\.(?!\d)|\s*$|\r?\n)/.test(after)) || (/(?:^|[^\p{L}\p{N}])\p{L}*[a-rt-z],\s$/u.test(before) && /^[,;]\s/.test(after));
}

const AGE_SUBJECTS = wordSet(VOCABULARY.units.ageSubjects);
/** A clause from its start to "was" or "is": "He", "The man who died", "The youngest victim"; no figure or comma in it. */
const COPULA_CLAUSE = /(?:^|[.!?:\n]["'”’]?\s*)([\p{L}'’ -]{2,48}?)\s(?:was|is)\s$/u;

/** "The man who died was 58", "She is 34.": a whole number that ends the clause of one person and "was" or "is" is an age. */
function personIs(text: string, found: Figure): boolean {
	if (!/^(?:[.,;]|\s+(?:and|when|at)\b|\s*$)/.test(text.slice(found.end, found.end + 6))) { return false; }
	const clause = COPULA_CLAUSE.exec(text.slice(Math.max(0, found.start - 52), found.start))?.[1].toLowerCase().split(/\s+/);
	// The person is the first word ("He") or one of the three after an article ("The youngest victim"), not "the victims' toll".
	return !!clause && (AGE_SUBJECTS.has(clause[0]) || (/^(?:the|a|an)$/.test(clause[0]) && clause.slice(1, 4).some(w => AGE_SUBJECTS.has(w))));
}
