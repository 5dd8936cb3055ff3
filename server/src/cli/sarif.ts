import type { Finding, Span } from '../core';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

const RULES: Record<string, string> = {
	'claim.number-mismatch': 'Two unattributed statements of the same fact give incompatible numbers.',
	'claim.number-attributed': 'Sources disagree on a number; at least one side is attributed, preliminary or counts a different group.',
	'claim.number-tension': 'The likely readings of two numbers do not overlap.',
	'claim.date-conflict': 'The same event is dated differently.',
	'claim.time-conflict': 'The same event\'s times differ by more than 30 minutes in UTC.',
	'claim.count-window': 'The same running total is counted from different dates.',
	'claim.reworded': 'The same number is given for a differently named fact.',
	'config.malformed': 'The workspace file cannot be read in full.',
	'config.stale-suppression': 'A reviewed or ignored entry no longer matches its article.',
};

/** A SARIF 2.1.0 location; SARIF lines and columns are 1-based. */
function location(uri: string, range: Range, message?: string) {
	return {
		physicalLocation: {
			artifactLocation: { uri },
			region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
		},
		...(message ? { message: { text: message } } : {}),
	};
}

/** The findings as a SARIF 2.1.0 log, with related locations, for code-scanning tools. */
export function toSarif(findings: readonly Finding[], pathOf: (uri: string) => string, rangeOf: (uri: string, span: Span) => Range): object {
	const ruleIds = [...new Set(findings.map(f => f.code))].sort();
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [{
			tool: { driver: { name: 'corroborate', rules: ruleIds.map(id => ({ id, shortDescription: { text: RULES[id] ?? id } })) } },
			results: findings.map(f => ({
				ruleId: f.code,
				ruleIndex: ruleIds.indexOf(f.code),
				level: LEVEL[f.severity],
				message: { text: f.message },
				locations: [location(pathOf(f.uri), rangeOf(f.uri, f.span))],
				relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(pathOf(r.uri), rangeOf(r.uri, r.span), r.message) })),
			})),
		}],
	};
}
