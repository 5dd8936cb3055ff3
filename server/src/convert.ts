import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { codeInfo, type ArticleSymbol, type Finding, type Span } from './core';

/** Offsets to an LSP range (UTF-16 columns; \r\n, \r and \n all end lines). */
export function toRange(document: TextDocument, span: Span): Range {
	return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

/** The README shipped beside the server, which holds the table of diagnostic codes. */
const README_URL = pathToFileURL(path.join(__dirname, '..', '..', 'README.md')).href;

/** Where a diagnostic code is documented: its row of the codes table in the README shipped beside the server. */
export function codeUrl(code: string): string {
	return `${README_URL}#${codeInfo(code).anchor}`;
}

/**
 * A core finding (severities already applied by the core) as an LSP
 * diagnostic, with the conflicting passages as related information (or in the
 * message, for clients that cannot show related information).
 */
export function toDiagnostic(finding: Finding, documentOf: (uri: string) => TextDocument | undefined, relatedSupport: boolean): Diagnostic | undefined {
	const own = documentOf(finding.uri);
	if (!own) { return undefined; }
	const related = finding.related.flatMap(r => {
		const doc = documentOf(r.uri);
		return doc ? [{ location: { uri: r.uri, range: toRange(doc, r.span) }, message: r.message }] : [];
	});
	return {
		range: toRange(own, finding.span),
		severity: SEVERITY[finding.severity],
		code: finding.code,
		codeDescription: { href: codeUrl(finding.code) },
		source: 'corroborate',
		message: relatedSupport ? finding.message : [finding.message, ...finding.related.map(r => `  ${r.message}`)].join('\n'),
		...(relatedSupport && related.length ? { relatedInformation: related } : {}),
		// Which event and fact a claim finding is about, for clients that group or count them.
		...(finding.fact !== undefined ? { data: { event: finding.event ?? -1, fact: finding.fact } } : {}),
	};
}

const SYMBOL_KIND: Record<ArticleSymbol['kind'], SymbolKind> = { actor: SymbolKind.Class, date: SymbolKind.Event, time: SymbolKind.Event, number: SymbolKind.Number, group: SymbolKind.Namespace, event: SymbolKind.Event, claim: SymbolKind.Property };

/** The core's outline as LSP document symbols. */
export function toDocumentSymbol(document: TextDocument, s: ArticleSymbol): DocumentSymbol {
	const range = toRange(document, s.span);
	return { name: s.name || '(unnamed)', detail: s.detail, kind: SYMBOL_KIND[s.kind], range, selectionRange: range, children: s.children.map(c => toDocumentSymbol(document, c)) };
}
