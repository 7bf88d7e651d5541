/**
 * What the extension keeps alive in the webmail page's heap: a V8 heap snapshot of the page with
 * Offboard and one without, summed by kind of node, and the kinds that grew most. The content
 * script's isolated world shares the page's heap, so the difference is ours (the sidebar page itself
 * runs in the extension's process).
 */
import type { CDPSession } from 'playwright-core';

/** The parts of a `.heapsnapshot` the summary reads. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Bytes by kind: `code`, `string`, `object Foo`, `native system / Map`, … (a JS object by its constructor). */
export function bytesByKind(heap: HeapSnapshot): Map<string, number> {
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  if (typeAt! < 0 || nameAt! < 0 || sizeAt! < 0) throw new Error('heap snapshot without type, name or self_size');
  const kinds = new Map<string, number>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt!]!] ?? 'unknown';
    // Strings, numbers and closures by type only: their names are their contents or function names.
    const named = !['string', 'concatenated string', 'sliced string', 'number', 'closure', 'regexp'].includes(type);
    const kind = named ? `${type} ${heap.strings[heap.nodes[i + nameAt!]!]!.slice(0, 60)}` : type;
    kinds.set(kind, (kinds.get(kind) ?? 0) + heap.nodes[i + sizeAt!]!);
  }
  return kinds;
}

/** The `count` kinds that grew most from `base` to `ext`, largest first. */
export function grownKinds(ext: Map<string, number>, base: Map<string, number>, count: number): Array<{ kind: string; bytes: number }> {
  return [...ext]
    .map(([kind, bytes]) => ({ kind, bytes: bytes - (base.get(kind) ?? 0) }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** Takes a heap snapshot over an open CDP session of the page (after the caller's GC). */
export async function takeHeapSnapshot(session: CDPSession): Promise<HeapSnapshot> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}
