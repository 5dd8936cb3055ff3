import { fileName } from '../util/text';
import { dayIso } from '../mentions/dateValues';
import { FACT_LABEL } from '../claims/facts';
import type { ResolvedClaim } from '../events/placedClaims';
import { DiagnosticCode, type Severity } from './codes';
import { finding, type Finding } from './finding';
import type { Pair } from './judge';

/** Related passages listed on one finding at most; the message says how many more there are. */
const MAX_RELATED = 20;

/** The words of a claim, quoted. */
export function quote(c: ResolvedClaim): string {
	return `'${c.article.text.slice(c.draft.span.start, c.draft.span.end).replace(/\s+/g, ' ')}'`;
}

function source(c: ResolvedClaim): string {
	return c.draft.attribution ? ` (${c.draft.attribution.text}${c.draft.preliminary ? ', preliminary' : ''})` : c.draft.preliminary ? ' (preliminary)' : '';
}

/** How a date claim was resolved, for messages: "2024-02-21, from the dateline". */
export function dateExplanation(c: ResolvedClaim): string {
	const value = c.date?.iso ?? c.since?.iso ?? '';
	if (c.mention.kind === 'date' && c.mention.expr.type === 'absolute' && c.mention.expr.year) { return value; }
	if (c.reference.borrowedFrom) { return `${value}, estimated from ${fileName(c.reference.borrowedFrom)}'s dateline`; }
	return c.reference.day !== null ? `${value}, resolved against the dateline ${dayIso(c.reference.day)}` : value;
}

function describe(c: ResolvedClaim, other: ResolvedClaim | null): string {
	const where = !other || c.article === other.article ? '' : ` in ${fileName(c.article.uri)}`;
	const date = c.draft.fact === 'event-date' ? ` (${dateExplanation(c)})` : '';
	return `${quote(c)}${date}${source(c)}${where}`;
}

export function toFinding(claim: ResolvedClaim, pairs: Pair[]): Finding {
	const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
	const worst = [...pairs].sort((x, y) => rank[x.severity!] - rank[y.severity!])[0];
	const others = pairs.map(p => p.b);
	const shown = pairs.slice(0, MAX_RELATED);
	const useSince = worst.code === DiagnosticCode.countWindow;
	const label = useSince ? 'Start of the running count differs' : worst.code === DiagnosticCode.reworded ? `${FACT_LABEL[claim.draft.fact]} reworded` : `${FACT_LABEL[claim.draft.fact]} differs`;
	const self = useSince ? `'since ${claim.sinceMention?.text}' (${dateExplanation({ ...claim, date: claim.since })})` : `${quote(claim)}${claim.draft.fact === 'event-date' ? ` (${dateExplanation(claim)})` : ''}${source(claim)}`;
	const first = useSince ? `'since ${worst.b.sinceMention?.text}' in ${fileName(worst.b.article.uri)}` : describe(worst.b, claim);
	const more = others.length > 1 ? ` and ${others.length - 1} more` : '';
	const spanOf = (c: ResolvedClaim) => useSince && c.sinceMention ? c.sinceMention.span : c.draft.span;
	const related = shown.map(p => ({ uri: p.b.article.uri, span: spanOf(p.b), message: `${p.verdict === 'contradicts' ? 'Contradicts' : 'Differs'}: ${useSince ? `'since ${p.b.sinceMention?.text}' (${dateExplanation({ ...p.b, date: p.b.since })})` : describe(p.b, null)}` }));
	return finding(worst.code!, claim.article.uri, spanOf(claim), `${label}: ${self} vs ${first}${more}`, related, { severity: worst.severity, event: claim.cluster, fact: claim.draft.fact });
}

