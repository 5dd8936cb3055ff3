import type { Token } from '../text/scan';
import { VOCABULARY } from '../vocabulary';
import { COUNT_STOP } from './hedges';
import { AUXILIARIES } from '../vocabulary/lexicon';

/** Number words: a noun counted stops before one ("three people, two of them children"). */
const NUMBER_WORDS = new Set(Object.keys(VOCABULARY.numbers.numberWords));

/** "current and former customers", "full or part-time staff": "and" or "or" between two lower-case descriptions of one noun. */
function joinsDescriptions(tokens: readonly Token[], k: number): boolean {
	const [before, at, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
	return (at.lower === 'and' || at.lower === 'or') && before.kind === 'word' && !before.cap && after?.kind === 'word' && !after.cap && after.sentence === at.sentence && !COUNT_STOP.has(after.lower);
}

/** "Vela and Corsa sport utility vehicles": "and" or "or" between two names, a lower-case noun soon after. */
function joinsNames(tokens: readonly Token[], k: number): boolean {
	const [before, at, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
	if ((at.lower !== 'and' && at.lower !== 'or') || !before.cap || !after?.cap || after.kind !== 'word') { return false; }
	return tokens.slice(k + 2, k + 5).some(t => t.kind === 'word' && !t.cap && t.sentence === at.sentence && !COUNT_STOP.has(t.lower));
}

/** A verb in the past or a participle ("recovered", "rescued"), written in lower case. */
const PARTICIPLE = /^[a-z]{4,}ed$/;

/** True for a verb in the past or a participle, not a short word that ends so ("need", "bed"). */
export function isParticiple(word: string): boolean {
	return PARTICIPLE.test(word);
}

/** True when `next` makes the word in the past before it a verb: a small word that is no auxiliary ("watched the", "marched on"; not "the 10 wounded were taken"). */
function verbBefore(next: Token | undefined, at: Token): boolean {
	return !!next && next.kind === 'word' && next.sentence === at.sentence && COUNT_STOP.has(next.lower) && !AUXILIARIES.has(next.lower);
}

/** The noun a number counts: "three U.S. service members" -> "U.S. service members"; `bare` for a figure without a unit. */
export function countedNoun(tokens: readonly Token[], last: number, bare = true): string | null {
	const found: string[] = [];
	let k = last + 1;
	if (tokens[k]?.lower === 'of' && tokens[k + 1] && ['the', 'those', 'them', 'its', 'their', 'his', 'these'].includes(tokens[k + 1].lower)) {
		return null;
	}
	if (tokens[k]?.lower === 'more' || tokens[k]?.lower === 'other') { k++; }
	for (; k < tokens.length && found.length < 4; k++) {
		const t = tokens[k];
		if (t.sentence !== tokens[last].sentence) { break; }
		if (t.kind !== 'word' && !(t.kind === 'punct' && t.text === '.' && t.start === tokens[k - 1].end)) { break; }
		const w = t.lower;
		if (joinsNames(tokens, k)) {
			// "412,000 Vela and Corsa sport utility vehicles": names of makes or models before the noun counted.
			found.length = 0;
			continue;
		}
		if (COUNT_STOP.has(w) && !joinsDescriptions(tokens, k)) { break; }
		// "61,000 watched the final", "40 marched on": a verb in the past right after the figure is what it did, not a noun.
		if (bare && !found.length && isParticiple(w) && verbBefore(tokens[k + 1], tokens[k])) { break; }
		if (NUMBER_WORDS.has(w)) { break; }
		if (t.kind === 'word') { found.push(t.joined && found.length ? `${found.pop()}-${t.text}` : t.text); }
		if (/[^s]s$|ren$|ople$|^(?:police|personnel|staff|troops|people|children|men|women)$/i.test(w) && !/ss$|ous$|us$/i.test(w)) { break; }
	}
	return found.length ? found.join(' ') : null;
}
