import { InlayHintKind, SymbolKind, type CodeLens, type InlayHint, type Location, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComparisonLens, CorpusSymbol, Span, ValueHint } from './core';
import { toRange } from './convert';

/** Turns a core location into an LSP location, or none when its article is no longer known. */
export type Locate = (location: { readonly uri: string; readonly span: Span }) => Location[];

/** An actor or event found by a workspace-symbol query. */
export function toWorkspaceSymbols(s: CorpusSymbol, locate: Locate): SymbolInformation[] {
	return locate(s.location).map(location => ({ name: s.name, containerName: s.detail, kind: s.kind === 'actor' ? SymbolKind.Class : SymbolKind.Event, location }));
}

/** A resolved value beside its mention ("Wednesday" → 2024-02-07). */
export function toInlayHint(document: TextDocument, h: ValueHint): InlayHint {
	return { position: document.positionAt(h.offset), label: h.label, tooltip: h.tooltip, kind: InlayHintKind.Type, paddingLeft: true };
}

/** A lens above a sentence whose claims other articles state; its command shows their passages. */
export function toCodeLens(document: TextDocument, lens: ComparisonLens, locate: Locate): CodeLens {
	const range = toRange(document, { start: lens.span.start, end: lens.span.start });
	// editor.action.showReferences is VS Code's peek view; other clients show the title and may ignore the command.
	return { range, command: { title: lens.title, command: 'corroborate.showComparison', arguments: [document.uri, range.start, lens.locations.flatMap(locate)] } };
}
