import type { Span } from '../types';
import { ADMIN_AREAS, AREA_GAP_WORDS } from '../vocabulary/facts';
import type { TokenView } from './tokenView';

/** An administrative area an article places its event in: "in Ossel town, Brannock Local Government Area". */
export interface AreaClaim {
	/** `area:LEVEL` ("area:lga", "area:county"). */
	readonly fact: string;
	/** The actor mention naming the area. */
	readonly mention: number;
	readonly span: Span;
	/** The area's name without the words of its level, lower case ("taura"). */
	readonly name: string;
}

/** Tokens between a locative word and the area it introduces. */
const REACH = 10;

/** The areas a sentence places something in: a name with the word of its level, after "in" or "at". */
export function findAreas(view: TokenView, from: number, to: number): AreaClaim[] {
	const out: AreaClaim[] = [];
	for (let i = from + 1; i <= to; i++) {
		const hit = ADMIN_AREAS.match(view.words, i);
		if (!hit) { continue; }
		const named = view.mentionAt[i - 1] >= 0 ? view.mentionAt[i - 1] : view.mentionAt[i];
		if (named < 0 || !view.tokens[i - 1].cap || !locative(view, from, i)) { continue; }
		const first = view.first[named];
		const name = view.words.slice(first, i).filter(w => /^\p{L}/u.test(w)).join(' ');
		if (name) { out.push({ fact: `area:${hit.value}`, mention: named, span: { start: view.tokens[first].start, end: view.tokens[i + hit.length - 1].end }, name }); }
		i += hit.length - 1;
	}
	return out;
}

/** An "in" or "at" shortly before, with only names and place words between: the sentence says where something is. */
function locative(view: TokenView, from: number, at: number): boolean {
	for (let k = at - 1; k >= Math.max(from, at - REACH); k--) {
		if (view.words[k] === 'in' || view.words[k] === 'at') { return true; }
		if (/^[;:.]$/.test(view.words[k])) { return false; }
		// "in collaboration with Brannock LGA": a word other than a name or a place word says the area is not a location.
		if (view.tokens[k].kind === 'word' && !view.tokens[k].cap && view.mentionAt[k] < 0 && !AREA_GAP_WORDS.has(view.words[k])) { return false; }
	}
	return false;
}
