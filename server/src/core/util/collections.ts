/** Appends to the list stored under a key, creating it on first use. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) { list.push(value); } else { map.set(key, [value]); }
}

/** True when two sets share a member. */
export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const x of small) { if (large.has(x)) { return true; } }
	return false;
}
