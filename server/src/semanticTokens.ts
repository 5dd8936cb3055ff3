import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HighlightToken } from './core';
import { modifierBits, tokenTypeOf } from './semanticLegend';

/** No tokens: for an unknown document. */
export function noSemanticTokens(): SemanticTokens {
	return new SemanticTokensBuilder().build();
}

/**
 * The core's highlights as LSP semantic tokens. A token may not cross a line
 * break, so a highlight that does is emitted as one piece per line.
 */
export function toSemanticTokens(document: TextDocument, highlights: readonly HighlightToken[]): SemanticTokens {
	const builder = new SemanticTokensBuilder();
	const text = document.getText();
	for (const h of highlights) {
		const type = tokenTypeOf(h.kind);
		const modifiers = modifierBits(h.modifiers);
		let start = h.span.start;
		while (start < h.span.end) {
			const position = document.positionAt(start);
			const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
			const end = Math.min(h.span.end, lineEnd > start ? lineEnd : h.span.end);
			const length = text.slice(start, end).replace(/[\r\n]+$/, '').length;
			if (length) { builder.push(position.line, position.character, length, type, modifiers); }
			start = end;
		}
	}
	return builder.build();
}
