import type { Span } from '../types';
import { IDENTIFIER_NOUNS } from '../vocabulary/facts';
import { mentionOfKind, type TokenView } from './tokenView';

/** A designation an article gives ("Orvel Air flight 352", "Flight OV352"), tied to the name it belongs to. */
export interface IdentifierClaim {
	readonly fact: string;
	/** The actor mention it is anchored on: the code's own ("OV"), the name before the noun ("Orvel Air"), else the nearest. */
	readonly mention: number;
	readonly span: Span;
	/** The designation without spaces or dashes, upper case ("OV352"). */
	readonly name: string;
}

/** The designations of a sentence: a noun of `identifierNouns` followed by digits, or by a short code in capitals and digits. */
export function findIdentifiers(view: TokenView, from: number, to: number): IdentifierClaim[] {
	const out: IdentifierClaim[] = [];
	const t = view.tokens;
	for (let i = from; i < to; i++) {
		const fact = IDENTIFIER_NOUNS.get(view.words[i]);
		if (!fact) { continue; }
		const k = i + 1;
		const code = t[k].kind === 'word' && /^[A-Z0-9]{1,3}$/.test(t[k].text) && t[k + 1]?.kind === 'num' && (t[k + 1].joined || t[k + 1].start === t[k].end);
		const end = code ? k + 1 : t[k].kind === 'num' && /^\d{1,5}$/.test(t[k].text) ? k : -1;
		if (end < 0 || end > to) { continue; }
		const anchor = [k, i - 1].map(x => mentionOfKind(view, x, 'actor')).find(x => x >= 0) ?? nearestActor(view, from, to, i);
		if (anchor < 0) { continue; }
		const span = { start: t[k].start, end: t[end].end };
		out.push({ fact, mention: anchor, span, name: view.tokens.slice(k, end + 1).map(x => x.text).join('').toUpperCase() });
	}
	return out;
}

/** The actor mention of the sentence nearest to token `i`, or -1: the claim needs an anchor of one kind in every article. */
function nearestActor(view: TokenView, from: number, to: number, i: number): number {
	let best = -1;
	for (let k = from, d = Infinity; k <= to; k++) {
		const m = mentionOfKind(view, k, 'actor');
		if (m >= 0 && Math.abs(k - i) < d) { best = m; d = Math.abs(k - i); }
	}
	return best;
}
