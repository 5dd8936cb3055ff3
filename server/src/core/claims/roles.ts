import type { Mention, Span } from '../types';
import { ROLES } from '../vocabulary/facts';
import type { TokenView } from './tokenView';
import { officeAfter, officeBefore } from './offices';

/** A person's role at an organisation, as an article states it: "Jane Doe, a spokeswoman for the agency". */
export interface RoleClaim {
	/** The person's mention. */
	readonly person: number;
	/** The organisation's mention; -1 for a public office ("energy minister"), which is the person's whatever country it names. */
	readonly organization: number;
	/** The role's class ("spokesperson", "leader"), or an office's words ("deputy prime minister"). */
	readonly role: string;
	readonly span: Span;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their']);
const LINKS = new Set(['of', 'for', 'at', 'with', 'to']);

/**
 * The roles a sentence gives people: "<person>, (a|the) <role> of|for|at <organisation>",
 * "<organisation> <role> <person>", and public offices ("Energy Minister <person>", "<person>, the interior minister").
 */
export function findRoles(view: TokenView, mentions: readonly Mention[], from: number, to: number): RoleClaim[] {
	const out: RoleClaim[] = [];
	for (let i = from; i <= to; i++) {
		const p = view.mentionAt[i];
		if (p < 0 || !isActor(mentions[p], 'person') || view.first[p] !== i) { continue; }
		const after = appositive(view, mentions, view.last[p] + 1, to);
		if (after) { out.push({ person: p, ...after, span: { start: mentions[p].span.start, end: mentions[after.organization].span.end } }); }
		const before = preceding(view, mentions, i, from);
		if (before) { out.push({ person: p, ...before, span: { start: mentions[before.organization].span.start, end: mentions[p].span.end } }); }
		const office = before || after ? undefined : officeBefore(view, mentions, i, from) ?? officeAfter(view, mentions, view.last[p] + 1, to);
		if (office) { out.push({ person: p, organization: -1, role: office.office, span: { start: Math.min(office.start, mentions[p].span.start), end: Math.max(office.end, mentions[p].span.end) } }); }
	}
	return out;
}

/** ", a spokesperson for the National Emergency Management Agency". */
function appositive(view: TokenView, mentions: readonly Mention[], k: number, to: number): { role: string; organization: number } | undefined {
	if (view.words[k] !== ',') { return undefined; }
	let j = k + 1;
	if (DETERMINERS.has(view.words[j])) { j++; }
	const role = ROLES.match(view.words, j);
	if (!role) { return undefined; }
	j += role.length;
	if (!LINKS.has(view.words[j])) { return undefined; }
	j++;
	if (view.words[j] === 'the') { j++; }
	const org = j <= to ? view.mentionAt[j] : -1;
	return org >= 0 && isActor(mentions[org], 'organization') ? { role: role.value, organization: org } : undefined;
}

/** "NEMA spokesperson Nura Abdullahi": an organisation, a role word, the person. */
function preceding(view: TokenView, mentions: readonly Mention[], i: number, from: number): { role: string; organization: number } | undefined {
	const ending = ROLES.matchEnding(view.words, i, 3);
	if (!ending || ending.start <= from) { return undefined; }
	const org = view.mentionAt[ending.start - 1];
	return org >= 0 && isActor(mentions[org], 'organization') ? { role: ending.value, organization: org } : undefined;
}

function isActor(m: Mention, type: 'person' | 'organization'): boolean {
	return m.kind === 'actor' && (m.type === type || (type === 'organization' && m.type === 'group'));
}
