import type { EventComparison, FindingGroup } from './core';
import type { Locate } from './navigation';
import type { CompareCell, CompareResult, FindingsGroup } from './protocol';

type CoreCell = EventComparison['facts'][number]['cells'][number];

function toCells(locate: Locate, c: CoreCell): CompareCell[] {
	return locate(c).map(l => ({ ...l, quote: c.quote, value: c.value, attribution: c.attribution, asOf: c.asOf, verdict: c.verdict, standing: c.standing }));
}

/** The core's comparison of an event as the `corroborate/compare` answer. */
export function toCompareResult(comparison: EventComparison, locate: Locate): CompareResult {
	return {
		event: comparison.event,
		label: comparison.label,
		articles: comparison.articles.map(a => ({ ...a })),
		facts: comparison.facts.map(f => ({
			fact: f.fact, label: f.label, change: f.change, reference: f.reference, cells: f.cells.flatMap(c => toCells(locate, c)),
			values: f.values.map(v => ({ value: v.value, uris: [...v.uris] })), timeline: f.timeline.flatMap(c => toCells(locate, c)),
		})),
		timeline: comparison.timeline.flatMap(t => toCells(locate, t.cell).map(cell => ({ date: t.date, cell }))),
	};
}

/** The core's finding groups as the `corroborate/findings` answer. */
export function toFindingsGroups(groups: readonly FindingGroup[], locate: Locate): FindingsGroup[] {
	return groups.map(g => ({
		event: g.event,
		label: g.label,
		facts: g.facts.map(f => ({
			fact: f.fact,
			label: f.label,
			findings: f.findings.flatMap(x => locate(x).map(l => ({ ...l, severity: x.severity, code: x.code, message: x.message }))),
		})),
	}));
}
