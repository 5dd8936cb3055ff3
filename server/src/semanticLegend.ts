import { SemanticTokenTypes, type SemanticTokensLegend } from 'vscode-languageserver';
import type { HighlightToken } from './core';

/**
 * The one place where the core's highlight kinds meet LSP's standard token
 * types: actors are `class`, dates and times `enumMember`, numbers `number`,
 * so every theme colours them distinctly without extension-specific rules.
 */
export const tokenTypes = [SemanticTokenTypes.class, SemanticTokenTypes.enumMember, SemanticTokenTypes.number];
export const tokenModifiers = ['person', 'organization', 'place', 'time', 'approximate'];

export const legend: SemanticTokensLegend = { tokenTypes, tokenModifiers };

/** Index of the token type for a core highlight kind. */
export function tokenTypeOf(kind: HighlightToken['kind']): number {
	return kind === 'actor' ? 0 : kind === 'number' ? 2 : 1;
}

/** Bit set of the modifiers of a highlight. */
export function modifierBits(modifiers: readonly string[]): number {
	let bits = 0;
	for (const m of modifiers) {
		const i = tokenModifiers.indexOf(m);
		if (i >= 0) { bits |= 1 << i; }
	}
	return bits;
}
