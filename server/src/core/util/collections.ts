/** Appends to the list stored under a key, creating it on first use. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) { list.push(value); } else { map.set(key, [value]); }
}
