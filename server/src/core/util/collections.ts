/** Appends to the list stored under a key, creating it on first use. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) { list.push(value); } else { map.set(key, [value]); }
}

/** Adds to the set stored under a key, creating it on first use. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (set) { set.add(value); } else { map.set(key, new Set([value])); }
}

/** True when two sets share a member. */
export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const x of small) { if (large.has(x)) { return true; } }
	return false;
}

/**
 * A map read through a few changes over a larger base, without copying the
 * base (an edit changes a few entries of thousands). The base must not change
 * while the overlay is in use.
 */
export class Overlay<K, V> implements ReadonlyMap<K, V> {
	readonly #base: ReadonlyMap<K, V>;
	readonly #changes = new Map<K, V>();

	constructor(base: ReadonlyMap<K, V>) {
		this.#base = base;
	}

	set(key: K, value: V): this {
		this.#changes.set(key, value);
		return this;
	}

	get(key: K): V | undefined {
		return this.#changes.has(key) ? this.#changes.get(key) : this.#base.get(key);
	}

	has(key: K): boolean {
		return this.#changes.has(key) || this.#base.has(key);
	}

	get size(): number {
		let added = 0;
		for (const key of this.#changes.keys()) { if (!this.#base.has(key)) { added++; } }
		return this.#base.size + added;
	}

	*entries(): MapIterator<[K, V]> {
		for (const [key, value] of this.#base) { yield [key, this.#changes.has(key) ? this.#changes.get(key)! : value]; }
		for (const entry of this.#changes) { if (!this.#base.has(entry[0])) { yield entry; } }
	}

	*keys(): MapIterator<K> {
		for (const [key] of this.entries()) { yield key; }
	}

	*values(): MapIterator<V> {
		for (const [, value] of this.entries()) { yield value; }
	}

	[Symbol.iterator](): MapIterator<[K, V]> {
		return this.entries();
	}

	forEach(f: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
		for (const [key, value] of this.entries()) { f(value, key, this); }
	}
}
