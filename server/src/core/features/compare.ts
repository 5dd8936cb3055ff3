import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';
import { factLabel } from '../claims/facts';
import type { ResolvedClaim } from '../events/placedClaims';
import type { Verdict } from '../findings/judge';
import type { Finding } from '../findings/finding';
import { dateExplanation } from '../findings/messages';
import { formatInterval } from '../findings/format';
import { lineAt, passage } from '../util/text';

/** One article's statement of a fact, as a cell of the comparison table. */
export interface ComparisonCell {
	readonly uri: string;
	readonly line: number;
	readonly span: Span;
	readonly quote: string;
	readonly value: string;
	readonly attribution: string | null;
	/** How it stands against the other statements: the worst verdict, or null when alone. */
	readonly verdict: Verdict | null;
}

/** The facts of one event against the articles, and a timeline of its dated statements. */
export interface EventComparison {
	readonly event: number;
	readonly label: string;
	readonly articles: readonly { readonly uri: string; readonly published: string | null }[];
	readonly facts: readonly { readonly fact: string; readonly label: string; readonly cells: readonly ComparisonCell[] }[];
	readonly timeline: readonly { readonly date: string; readonly first: number; readonly cell: ComparisonCell }[];
}

const RANK: Record<Verdict, number> = { agrees: 0, compatible: 1, update: 2, tension: 3, contradicts: 4 };

function cell(view: CorpusView, c: ResolvedClaim): ComparisonCell {
	const verdicts = view.comparisons(c).map(o => o.verdict);
	const value = c.mention.kind === 'number' ? formatInterval(c.mention.value) : c.mention.kind === 'date' ? dateExplanation(c) : c.mention.text;
	return {
		uri: c.article.uri, line: lineAt(c.article.text, c.draft.span.start), span: c.draft.span,
		quote: passage(c.article.text, c.draft.span.start, c.draft.span.end), value, attribution: c.draft.attribution?.text ?? null,
		verdict: verdicts.length ? verdicts.sort((a, b) => RANK[b] - RANK[a])[0] : null,
	};
}

/** The event of the claim at an offset (else the article's first compared event), laid out as a table. */
export function getEventComparison(view: CorpusView, uri: string, offset: number): EventComparison | null {
	const claims = view.claimsOf(uri).filter(c => c.cluster >= 0);
	const here = claims.find(c => c.draft.span.start <= offset && offset <= c.draft.span.end) ?? claims.find(c => view.comparisons(c).length) ?? claims[0];
	if (!here) { return null; }
	const members = view.claims.filter(c => c.cluster === here.cluster);
	const byFact = new Map<string, ResolvedClaim[]>();
	for (const c of members) { byFact.set(c.draft.fact, [...(byFact.get(c.draft.fact) ?? []), c]); }
	const articles = [...new Set(members.map(c => c.article.uri))].sort().map(u => ({ uri: u, published: view.articles.get(u)?.extraction.published?.value ?? null }));
	const timeline = members.filter(c => c.date).map(c => ({ date: c.date!.iso, first: c.date!.first, cell: cell(view, c) })).sort((a, b) => a.first - b.first);
	return {
		event: here.cluster, label: view.eventLabel(here.cluster), articles, timeline,
		facts: [...byFact].map(([fact, list]) => ({ fact, label: factLabel(fact), cells: list.map(c => cell(view, c)) })),
	};
}

/** Findings grouped by event, then by fact: the tree view's model. */
export interface FindingGroup {
	readonly event: number;
	readonly label: string;
	readonly facts: readonly { readonly fact: string; readonly label: string; readonly findings: readonly Finding[] }[];
}

/** Groups findings (already filtered by the workspace file) by event and fact. */
export function groupFindings(view: CorpusView, findings: readonly Finding[]): FindingGroup[] {
	const events = new Map<number, Map<string, Finding[]>>();
	for (const f of findings) {
		const event = f.event ?? -1;
		const facts = events.get(event) ?? new Map<string, Finding[]>();
		events.set(event, facts);
		const fact = f.fact ?? f.code;
		facts.set(fact, [...(facts.get(fact) ?? []), f]);
	}
	return [...events].map(([event, facts]) => ({
		event, label: event >= 0 ? view.eventLabel(event) : 'Other findings',
		facts: [...facts].map(([fact, list]) => ({ fact, label: factLabel(fact), findings: list })),
	}));
}
