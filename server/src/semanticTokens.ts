import { SemanticTokensBuilder, type CancellationToken, type SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HighlightToken } from './core';
import { modifierBits, tokenTypeOf } from './semanticLegend';

/** No tokens: for an unknown document or a cancelled request. */
export function noSemanticTokens(): SemanticTokens {
	return new SemanticTokensBuilder().build();
}

/**
 * The core's highlights as LSP semantic tokens. A token may not cross a line
 * break, so a highlight that does is emitted as one piece per line. Empty when
 * the request is cancelled.
 */
export function toSemanticTokens(document: TextDocument, highlights: readonly HighlightToken[], token: CancellationToken): SemanticTokens {
	const builder = new SemanticTokensBuilder();
	const text = document.getText();
	for (const h of highlights) {
		if (token.isCancellationRequested) { return noSemanticTokens(); }
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
