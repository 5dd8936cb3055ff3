import type { Span } from '../types';
import type { CorpusView } from '../corpus/view';
import { factLabel } from '../claims/facts';
import type { ResolvedClaim } from '../events/placedClaims';
import type { Verdict } from '../findings/judge';
import type { Finding } from '../findings/finding';
import { dateExplanation, factTitle, valueText } from '../findings/messages';
import { headKey } from '../findings/judge';
import { factKind, isPersonHead, type Change } from '../vocabulary/facts';
import { push } from '../util/collections';
import { lineAt, passage } from '../util/text';

/** One article's statement of a fact, as a cell of the comparison table. */
export interface ComparisonCell {
	readonly uri: string;
	readonly line: number;
	readonly span: Span;
	readonly quote: string;
	readonly value: string;
	readonly attribution: string | null;
	/** The day the figure was given (the article's dateline), ISO, or null. */
	readonly asOf: string | null;
	/** How it stands against the other articles' statements: the worst verdict, or null when no other states the fact. */
	readonly verdict: Verdict | null;
	/**
	 * How it stands against the row's most reported value ({@link ComparisonFact.reference}):
	 * `agrees` when it gives that value, else its verdict against the statements that do;
	 * null when no other article states the fact. Unlike {@link verdict}, it tells the
	 * odd one out from the many in a row where every statement differs from some other.
	 */
	readonly standing: Verdict | null;
}

/** One fact of the event: its statements by article, its values grouped, and how a changing figure moved. */
export interface ComparisonFact {
	readonly fact: string;
	readonly label: string;
	/** A running total, a figure that goes up and down, or one fixed value. */
	readonly change: Change;
	/** One cell per article that states the fact (its first statement), in the order of the articles. */
	readonly cells: readonly ComparisonCell[];
	/** The value most articles give (the earliest among equals), which {@link ComparisonCell.standing} is against. */
	readonly reference: string;
	/** The distinct values, most reported first, with the articles giving each. */
	readonly values: readonly { readonly value: string; readonly uris: readonly string[] }[];
	/** For a figure that changes: every statement by the time it was given, oldest first. */
	readonly timeline: readonly ComparisonCell[];
}

/** The facts of one event against the articles (oldest first), and a timeline of its dated statements. */
export interface EventComparison {
	readonly event: number;
	readonly label: string;
	readonly articles: readonly { readonly uri: string; readonly published: string | null }[];
	readonly facts: readonly ComparisonFact[];
	readonly timeline: readonly { readonly date: string; readonly first: number; readonly cell: ComparisonCell }[];
}

const RANK: Record<Verdict, number> = { agrees: 0, compatible: 1, update: 2, tension: 3, contradicts: 4 };
const iso = (day: number | null) => day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);

const worst = (verdicts: Verdict[]) => verdicts.length ? verdicts.sort((a, b) => RANK[b] - RANK[a])[0] : null;
const valueOf = (c: ResolvedClaim) => c.draft.fact === 'event-date' ? dateExplanation(c) : valueText(c);

/** A statement as a cell; `reference`, the statements of the row's most reported value, which its standing is against. */
function cell(view: CorpusView, c: ResolvedClaim, reference: ReadonlySet<ResolvedClaim> = new Set()): ComparisonCell {
	const others = view.comparisons(c).filter(o => o.claim.article !== c.article);
	const verdict = worst(others.map(o => o.verdict));
	const againstReference = worst(others.filter(o => reference.has(o.claim)).map(o => o.verdict));
	return {
		uri: c.article.uri, line: lineAt(c.article.text, c.draft.span.start), span: c.draft.span,
		quote: passage(c.article.text, c.draft.span.start, c.draft.span.end), value: valueOf(c),
		attribution: c.draft.attribution?.text ?? null, asOf: iso(c.asOf),
		verdict, standing: verdict === null ? null : reference.has(c) ? 'agrees' : againstReference ?? verdict,
	};
}

/** The event of the claim at an offset (else the article's first compared event), laid out as a table. */
export function getEventComparison(view: CorpusView, uri: string, offset: number): EventComparison | null {
	const claims = view.claimsOf(uri).filter(c => c.cluster >= 0);
	const here = claims.find(c => c.draft.span.start <= offset && offset <= c.draft.span.end) ?? claims.find(c => view.comparisons(c).length) ?? claims[0];
	if (!here) { return null; }
	const members = view.claims.filter(c => c.cluster === here.cluster && !c.draft.status.superseded);
	const byRow = rows(view, members);
	const day = (u: string) => view.references.get(u)?.day ?? Number.MAX_SAFE_INTEGER;
	const uris = [...new Set(members.map(c => c.article.uri))].sort((a, b) => day(a) - day(b) || (a < b ? -1 : 1));
	const articles = uris.map(u => ({ uri: u, published: iso(view.references.get(u)?.day ?? null) }));
	const timeline = members.filter(c => c.date).map(c => ({ date: c.date!.iso, first: c.date!.first, cell: cell(view, c) })).sort((a, b) => a.first - b.first);
	const facts = byRow.map(list => factRow(view, list, uris)).sort((a, b) => b.cells.length - a.cells.length);
	return { event: here.cluster, label: view.eventLabel(here.cluster), articles, timeline, facts };
}

/**
 * A row of the table: the fact with what it counts and whose value it is
 * ("Death toll", "Number seized · rifles", "Share of the vote · Moreau");
 * counts of differently named people ("commanders", "members") share a row,
 * as they are compared with each other.
 */
function rowKey(c: ResolvedClaim): string {
	const head = headKey(c);
	return [c.draft.fact, isPersonHead(head) ? 'person' : head, c.subject ?? '', c.scope].join('|');
}

/**
 * The rows: statements of one fact, counting the same and of the same subject;
 * statements the engine compared with each other share a row whatever they
 * count ("two commanders" against "three members"), so that a row holds what
 * the hover card and the problems compare.
 */
function rows(view: CorpusView, members: readonly ResolvedClaim[]): ResolvedClaim[][] {
	const parent = new Map<ResolvedClaim, ResolvedClaim>(members.map(c => [c, c]));
	const find = (c: ResolvedClaim): ResolvedClaim => {
		let root = c;
		while (parent.get(root) !== root) { root = parent.get(root)!; }
		parent.set(c, root);
		return root;
	};
	const union = (a: ResolvedClaim, b: ResolvedClaim) => { parent.set(find(a), find(b)); };
	const firstOfKey = new Map<string, ResolvedClaim>();
	for (const c of members) {
		const key = rowKey(c);
		const first = firstOfKey.get(key);
		if (first) { union(c, first); } else { firstOfKey.set(key, c); }
		for (const o of view.comparisons(c)) { if (parent.has(o.claim)) { union(c, o.claim); } }
	}
	const byRoot = new Map<ResolvedClaim, ResolvedClaim[]>();
	for (const c of members) { push(byRoot, find(c), c); }
	return [...byRoot.values()];
}

/**
 * A row's title: its statements' fact title, or what their titles share. A row
 * of several named groups is titled without the noun ("Death toll" for
 * "· commander" and "· member"), keeping whom and where it is of.
 */
function rowTitle(list: readonly ResolvedClaim[]): string {
	const several = new Set(list.map(headKey)).size > 1;
	const title = (c: ResolvedClaim) => factTitle(several ? { ...c, draft: { ...c.draft, head: null } } : c);
	const titles = [...new Set(list.map(title))].map(t => t.split(' · '));
	let shared = titles[0];
	for (const t of titles.slice(1)) {
		let n = 0;
		while (n < shared.length && n < t.length && shared[n] === t[n]) { n++; }
		shared = shared.slice(0, n);
	}
	return shared.length ? shared.join(' · ') : factLabel(list[0].draft.fact);
}

function factRow(view: CorpusView, list: ResolvedClaim[], uris: readonly string[]): ComparisonFact {
	const first = list[0];
	const label = rowTitle(list);
	const firstOf = new Map<string, ResolvedClaim>();
	for (const c of list) { if (!firstOf.has(c.article.uri)) { firstOf.set(c.article.uri, c); } }
	// Articles come oldest first, so among values given as often the earliest comes first (a stable sort).
	const shown = uris.flatMap(u => firstOf.has(u) ? [firstOf.get(u)!] : []);
	const byValue = new Map<string, ResolvedClaim[]>();
	for (const c of shown) { push(byValue, valueOf(c), c); }
	const values = [...byValue].map(([value, claims]) => ({ value, claims })).sort((a, b) => b.claims.length - a.claims.length);
	const reference = new Set(values[0]?.claims ?? []);
	const cells = shown.map(c => cell(view, c, reference));
	const change = factKind(first.draft.fact).change;
	const timeline = change === 'fixed' ? [] : list.map(c => cell(view, c, reference)).sort((a, b) => (a.asOf ?? '') < (b.asOf ?? '') ? -1 : (a.asOf ?? '') > (b.asOf ?? '') ? 1 : 0);
	return {
		fact: first.draft.fact, label, change, cells, timeline, reference: values[0]?.value ?? '',
		values: values.map(v => ({ value: v.value, uris: v.claims.map(c => c.article.uri) })),
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
		push(facts, fact, f);
	}
	return [...events].map(([event, facts]) => ({
		event, label: event >= 0 ? view.eventLabel(event) : 'Other findings',
		facts: [...facts].map(([fact, list]) => ({ fact, label: factLabel(fact), findings: list })),
	}));
}
