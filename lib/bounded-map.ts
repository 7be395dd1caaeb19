/**
 * A Map that forgets its oldest entry (by insertion) when a new key would take it past `limit`: the rule of
 * every in-memory cache here (CONTRIBUTING.md lists them), so none can grow without end.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.limit) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}
