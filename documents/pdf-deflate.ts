/**
 * Compression of the PDF's streams (FlateDecode is zlib's format): the platform's own
 * CompressionStream('deflate'), which the browser, its workers and Node 18+ all provide; no library.
 */
export type Deflate = (bytes: Uint8Array) => Promise<Uint8Array>;

export const platformDeflate: Deflate = async (bytes) => {
  const compressed = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
};
