import { fileName } from '../util/text';
import { dayIso } from '../mentions/dateValues';
import { factLabel } from '../claims/facts';
import { plural } from '../vocabulary/facts';
import { writtenStep } from './values';
import { symbolPlural } from '../mentions/units';
import { utcMinutes, type ResolvedClaim } from '../events/placedClaims';
import { inTitle } from '../events/partsOfTotals';
import { DiagnosticCode, type Severity } from './codes';
import { finding, type Finding, type Related } from './finding';
import type { Pair } from './compare';
import { formatClock, formatInterval } from './format';
import { addTo } from '../util/collections';

/** Related passages listed on one finding at most; the rest are in the hover card and Compare Sources. */
export const MAX_RELATED = 10;
/** Passages of one other article listed at most. */
const PER_ARTICLE = 2;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * One finding for an article's disputed fact, from every reported pair of its
 * claims: on the claim with the worst verdict, with a short message that
 * summarises the other sources by time ("Death toll: here 60 (2024-03-23); 3
 * later sources give 93–144; 1 at the same time gives 40") and related passages
 * sorted with same-time contradictions first, at most {@link MAX_RELATED}.
 */
export function toFinding(pairs: readonly Pair[]): { claim: ResolvedClaim; finding: Finding } {
	// The finding sits on the worst pair's claim; among equals, on one in the body that names whom it is about and who gives
	// the figure, not the headline.
	const anchor = (p: Pair) => (inTitle(p.a) ? 4 : 0) + (namesSubject(p.a) ? 0 : 2) + (p.a.draft.attribution ? 0 : 1);
	const sorted = [...pairs].sort((x, y) => RANK[x.severity!] - RANK[y.severity!] || timeRank(x) - timeRank(y) || anchor(x) - anchor(y) || x.a.draft.span.start - y.a.draft.span.start);
	const worst = sorted[0];
	const claim = worst.a;
	// What the anchor claim meets; the article's other statements of the fact are in its hover and Compare Sources.
	const others = sorted.filter(p => p.a === claim && p.b !== claim);
	const window = worst.code === DiagnosticCode.countWindow;
	const spanOf = (c: ResolvedClaim) => window && c.sinceMention ? c.sinceMention.span : c.draft.span;
	const related: Related[] = [];
	const perArticle = new Map<string, number>();
	const seen = new Set<ResolvedClaim>();
	for (const p of others) {
		const n = perArticle.get(p.b.article.uri) ?? 0;
		if (seen.has(p.b) || n >= PER_ARTICLE || related.length >= MAX_RELATED) { continue; }
		seen.add(p.b);
		perArticle.set(p.b.article.uri, n + 1);
		related.push({ uri: p.b.article.uri, span: spanOf(p.b), message: relatedMessage(p) });
	}
	// The same figure of differently named people: the names are what differs ("2 commanders" against "2 members").
	const message = worst.code === DiagnosticCode.reworded
		? `${factLabel(claim.draft.fact)}: here ${valueText(claim)} ${claim.draft.counted ?? ''}; ${[...new Set(others.map(p => `${valueText(p.b)} ${p.b.draft.counted ?? ''} in ${fileName(p.b.article.uri)}`))].slice(0, 3).join(', ')}`
		: `${title(claim, worst)}: here ${describe(claim, window)}${summary(others, window)}`;
	return { claim, finding: finding(worst.code!, claim.article.uri, spanOf(claim), message, related, { severity: worst.severity, event: claim.cluster, fact: claim.draft.fact }) };
}

/** "identified as 58-year-old Arlo Benning" names the person its age is of; "a 66-year-old man" does not. */
function namesSubject(c: ResolvedClaim): boolean {
	const sentence = c.article.extraction.sentences[c.draft.sentence];
	const subject = c.draft.subject >= 0 ? c.article.extraction.mentions[c.draft.subject] : undefined;
	return !!subject && subject.span.start >= sentence.start && subject.span.end <= sentence.end;
}

function title(c: ResolvedClaim, worst: Pair): string {
	if (worst.code === DiagnosticCode.countWindow) { return 'Start of the running count differs'; }
	if (worst.code === DiagnosticCode.internal) { return `${factTitle(c)} given twice in this article`; }
	return factTitle(c);
}

/** A fact as its claim states it: "Death toll", "Death toll · suspects", "Share of the vote · Moreau", "Death toll · earlier event (2018)", "Death toll · total of 3 events". */
export function factTitle(c: ResolvedClaim): string {
	const head = c.draft.generic || !c.draft.head || c.draft.fact === 'count' ? null : c.draft.head;
	const subject = c.draft.subject >= 0 ? (c.article.extraction.mentions[c.draft.subject] as { name?: string }).name ?? null : null;
	const earlier = c.scope.startsWith('bg') ? `earlier event${c.scope.length > 3 ? ` (${c.scope.slice(3)})` : ''}` : c.scope.startsWith('sum:') ? `total of ${c.scope.slice(4)} events` : null;
	const place = c.scope.startsWith('at:') && c.draft.place !== undefined ? `at ${(c.article.extraction.mentions[c.draft.place] as { name?: string }).name ?? ''}` : null;
	const label = c.draft.fact === 'count' && c.draft.head ? `Number of ${plural(c.draft.head)}` : factLabel(c.draft.fact);
	return [label, head, subject, earlier, place].filter(Boolean).join(' · ');
}

/** Same-time contradictions first, then other contradictions, then updates. */
function timeRank(p: Pair): number {
	const same = p.a.asOf === p.b.asOf ? 0 : 1;
	return (p.verdict === 'contradicts' ? 0 : p.verdict === 'update' ? 4 : 2) + same;
}

/** A claim's value as the message shows it, with its time and source: "60 (2024-03-23, the ministry)". */
export function describe(c: ResolvedClaim, window = false): string {
	const when = c.asOf !== null && c.draft.fact !== 'event-date' ? dayIso(c.asOf) : null;
	const notes = [when, c.draft.attribution?.text, c.draft.status.preliminary ? 'preliminary' : null, c.reference.borrowedFrom ? `dated from ${fileName(c.reference.borrowedFrom)}` : null].filter(Boolean);
	const value = window ? `since ${c.since?.iso ?? ''}` : c.draft.fact === 'event-date' ? dateExplanation(c) : valueText(c);
	return `${value}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** The value of a claim as text: an interval with its unit, a date, a time with UTC. */
export function valueText(c: ResolvedClaim): string {
	const m = c.mention;
	if (c.draft.name !== undefined) { return c.article.text.slice(c.draft.span.start, c.draft.span.end).replace(/\s+/g, ' '); }
	// A figure in parts ("20 years and six months") reads best as written.
	if (m.kind === 'number' && writtenStep(m) === 0) { return m.text.replace(/\s+/g, ' '); }
	if (m.kind === 'number') { return `${formatInterval(m.value)}${m.unit ? unitSuffix(m.unit.symbol, m.value.min === 1 && m.value.max === 1) : ''}`; }
	if (c.date) { return c.date.iso; }
	if (m.kind === 'time') {
		const utc = utcMinutes(c);
		const local = formatClock(m.hour, m.minute);
		return utc === null ? local : `${local} = ${formatClock(utc)} UTC`;
	}
	return m.text;
}

/** "52%", "12 km", "66 years", "60 mph": a unit written as a word takes the plural unless the value is one; an abbreviation never. */
function unitSuffix(symbol: string, one: boolean): string {
	return symbol === '%' ? '%' : ` ${one ? symbol : symbolPlural(symbol)}`;
}

/** "; 3 later sources give 93–144; 1 at the same time gives 40". */
function summary(pairs: readonly Pair[], window = false): string {
	const groups = new Map<string, Set<string>>();
	// Per time, each value once, with the first source named for it: "1 source at the same time gives 3 (the Dawn Brigades)".
	const values = new Map<string, Map<string, string>>();
	for (const p of pairs) {
		const when = p.a.article === p.b.article ? 'in this article' : p.a.asOf === null || p.b.asOf === null || p.a.asOf === p.b.asOf ? 'at the same time' : p.b.asOf > p.a.asOf ? 'later' : 'earlier';
		addTo(groups, when, p.b.article.uri);
		const byValue = values.get(when) ?? values.set(when, new Map()).get(when)!;
		const value = window && p.b.since ? `since ${p.b.since.iso} (${valueText(p.b)})` : valueText(p.b);
		if (!byValue.get(value) && p.b.draft.attribution) { byValue.set(value, `${value} (${p.b.draft.attribution.text})`); }
		if (!byValue.has(value)) { byValue.set(value, ''); }
	}
	return [...groups].map(([when, uris]) => {
		const n = uris.size;
		const distinct = [...values.get(when)!].map(([value, sourced]) => sourced || value);
		const shown = distinct.length > 3 ? `${distinct.slice(0, 3).join(', ')}, …` : distinct.join(', ');
		const who = when === 'in this article' ? 'this article also gives' : `${n} ${when === 'at the same time' ? '' : `${when} `}source${n === 1 ? '' : 's'}${when === 'at the same time' ? ' at the same time' : ''} give${n === 1 ? 's' : ''}`;
		return `; ${who} ${shown}`;
	}).join('');
}

function relatedMessage(p: Pair): string {
	const verb = p.verdict === 'update' ? 'Updated figure' : p.verdict === 'contradicts' ? 'Contradicts' : 'Differs';
	return `${verb}: ${describe(p.b)}${p.a.article === p.b.article ? ' (same article)' : ` in ${fileName(p.b.article.uri)}`}`;
}

/** How a date claim was resolved, for messages and views: "2024-02-21, resolved against the dateline 2024-02-21". */
export function dateExplanation(c: ResolvedClaim): string {
	const value = c.date?.iso ?? c.since?.iso ?? '';
	if (c.mention.kind === 'date' && c.mention.expr.type === 'absolute' && c.mention.expr.year) { return value; }
	if (c.reference.borrowedFrom) { return `${value}, estimated from ${fileName(c.reference.borrowedFrom)}'s dateline`; }
	return c.reference.day !== null ? `${value}, resolved against the dateline ${dayIso(c.reference.day)}` : value;
}

/** The words of a claim, quoted. */
export function quote(c: ResolvedClaim): string {
	return `'${c.article.text.slice(c.draft.span.start, c.draft.span.end).replace(/\s+/g, ' ')}'`;
}
