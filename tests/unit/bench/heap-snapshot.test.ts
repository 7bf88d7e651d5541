import { describe, expect, it } from 'vitest';
import { bytesByKind, grownKinds, type HeapSnapshot } from '../../../bench/heap-snapshot';

// node_fields: type, name, self_size; types: 0 object, 1 string, 2 code, 3 closure.
const snapshot = (nodes: number[][]): HeapSnapshot => ({
  snapshot: { meta: { node_fields: ['type', 'name', 'self_size'], node_types: [['object', 'string', 'code', 'closure']] } },
  nodes: nodes.flat(),
  strings: ['Map', 'Dzień dobry', 'system / InstructionStream', 'watchConversation'],
});

describe('heap snapshot kinds (what the extension keeps alive)', () => {
  it('sums self sizes by type, naming objects by constructor but never a string by its contents', () => {
    const kinds = bytesByKind(snapshot([[0, 0, 100], [0, 0, 50], [1, 1, 24], [2, 2, 300], [3, 3, 32]]));
    expect(Object.fromEntries(kinds)).toEqual({ 'object Map': 150, string: 24, 'code system / InstructionStream': 300, closure: 32 });
  });

  it('lists the kinds that grew, largest first, and leaves out those that shrank', () => {
    const ext = new Map([['code', 500], ['string', 100], ['object Map', 40]]);
    const base = new Map([['code', 200], ['string', 150], ['object Map', 10]]);
    expect(grownKinds(ext, base, 5)).toEqual([{ kind: 'code', bytes: 300 }, { kind: 'object Map', bytes: 30 }]);
    expect(grownKinds(ext, base, 1)).toEqual([{ kind: 'code', bytes: 300 }]);
  });

  it('refuses a snapshot whose nodes it cannot read', () => {
    const odd = { ...snapshot([]), snapshot: { meta: { node_fields: ['id'], node_types: [['object']] as [string[]] } } };
    expect(() => bytesByKind(odd)).toThrow(/without type, name or self_size/);
  });
});
