/**
 * Unicode classes of characters, as the tokenizer needs them: a letter
 * (`\p{L}`), a combining mark (`\p{M}`), a number (`\p{N}`), white space
 * (`\s`) or anything else. Read from a table for ASCII and remembered for the
 * rest, so scanning costs a lookup per character instead of a regular
 * expression per token.
 */
export const enum CharClass { Other, Letter, Mark, Number, Space }

const PATTERNS: readonly [RegExp, CharClass][] = [
	[/^\p{L}$/u, CharClass.Letter],
	[/^\p{M}$/u, CharClass.Mark],
	[/^\p{N}$/u, CharClass.Number],
	[/^\s$/u, CharClass.Space],
];

function classify(code: number): CharClass {
	// A lone surrogate code unit is a character of its own, and of no class.
	const c = String.fromCodePoint(code);
	return PATTERNS.find(([re]) => re.test(c))?.[1] ?? CharClass.Other;
}

const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classify(code));
const others = new Map<number, CharClass>();

/** The class of a code point (or of a lone surrogate code unit). */
export function charClass(code: number): CharClass {
	if (code < 128) { return ASCII[code]; }
	let c = others.get(code);
	if (c === undefined) {
		c = classify(code);
		// Bounded: a text in every script at once still keeps a small table.
		if (others.size > 65_536) { others.clear(); }
		others.set(code, c);
	}
	return c;
}

/** The class of the character starting at `i` (a code point, or a lone surrogate). */
export function classAt(text: string, i: number): CharClass {
	return charClass(text.codePointAt(i)!);
}

/** The length in UTF-16 code units of the character starting at `i`: 2 for a surrogate pair. */
export function widthAt(text: string, i: number): 1 | 2 {
	return text.codePointAt(i)! > 0xffff ? 2 : 1;
}
