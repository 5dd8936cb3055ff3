/**
 * Words and phrases of a vocabulary, matched against an article's tokens: a
 * phrase is a sequence of lower-case token texts ("death toll", "shoot-out" as
 * "shoot", "out"). Lookups go by the first token, so matching at a position
 * costs a map read.
 */
export class PhraseLexicon<V> {
	readonly #byFirst = new Map<string, { readonly words: readonly string[]; readonly value: V }[]>();

	/** Adds a phrase (words separated by spaces or hyphens) with its value; longer phrases are tried first. */
	add(phrase: string, value: V): this {
		const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
		if (!words.length) { return this; }
		const list = this.#byFirst.get(words[0]) ?? [];
		list.push({ words, value });
		list.sort((a, b) => b.words.length - a.words.length);
		this.#byFirst.set(words[0], list);
		return this;
	}

	/** The longest phrase starting at `words[i]`, with its length in tokens. */
	match(words: readonly string[], i: number): { readonly length: number; readonly value: V } | undefined {
		const candidates = this.#byFirst.get(words[i]);
		if (!candidates) { return undefined; }
		for (const c of candidates) {
			let k = 1;
			while (k < c.words.length && words[i + k] === c.words[k]) { k++; }
			if (k === c.words.length) { return { length: k, value: c.value }; }
		}
		return undefined;
	}

	/** A phrase that ends right before `end` (at most `reach` tokens long), with where it starts. */
	matchEnding(words: readonly string[], end: number, reach = 5): { readonly start: number; readonly value: V } | undefined {
		for (let start = Math.max(0, end - reach); start < end; start++) {
			const m = this.match(words, start);
			if (m && start + m.length === end) { return { start, value: m.value }; }
		}
		return undefined;
	}
}

/** A lexicon of the given phrases, all with one value. */
export function phraseSet(phrases: readonly string[]): PhraseLexicon<true> {
	const lexicon = new PhraseLexicon<true>();
	for (const p of phrases) { lexicon.add(p, true); }
	return lexicon;
}
