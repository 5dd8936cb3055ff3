import { codeInfo, type Finding, type Span } from '../core';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

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
			tool: { driver: { name: 'corroborate', rules: ruleIds.map(id => ({ id, shortDescription: { text: codeInfo(id).summary }, defaultConfiguration: { level: LEVEL[codeInfo(id).severity] } })) } },
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
