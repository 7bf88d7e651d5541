/**
 * WOFF 1.0 to a plain TrueType/OpenType file (W3C WOFF File Format 1.0, section 5–6): the same
 * tables, inflated once. fontkit reads a WOFF's tables by inflating them on every access, which
 * made one PDF cost seconds; a plain font file is read in place. `inflate` is zlib's inflate
 * (node:zlib in Node, DecompressionStream('deflate') in a browser page).
 */
export type Inflate = (compressed: Uint8Array) => Uint8Array | Promise<Uint8Array>;

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"

export async function woffToSfnt(woff: Uint8Array, inflate: Inflate): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('woffToSfnt: not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  if (44 + numTables * 20 > woff.byteLength) throw new Error('woffToSfnt: the table directory runs past the end of the file');
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let index = 0; index < numTables; index += 1) {
    const entry = 44 + index * 20;
    const tag = view.getUint32(entry);
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const checksum = view.getUint32(entry + 16);
    if (offset + compLength > woff.byteLength) throw new Error('woffToSfnt: a table runs past the end of the file');
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.byteLength !== origLength) throw new Error('woffToSfnt: a table inflated to the wrong length');
    tables.push({ tag, checksum, data });
  }
  const padded = (length: number) => (length + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const total = tables.reduce((sum, table) => sum + padded(table.data.byteLength), headerLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    outView.setUint32(record, table.tag);
    outView.setUint32(record + 4, table.checksum);
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return out;
}
