import { deflateSync } from 'node:zlib';

/**
 * Map tiles made on the spot, for the map's tests and the demo: no tile server is ever asked, and
 * nothing about a visitor's area leaves the machine. Each tile is a plain 256 px PNG, light or a
 * little darker by its parity (a checkerboard, so panning and zooming are visible), with a grid
 * line on two edges. Served at `/tiles/<z>/<x>/<y>.png` (tests) and `/demo/tiles/...` (the demo).
 */
export const TILE_PATH = /^(?:\/demo)?\/tiles\/(\d{1,2})\/(-?\d{1,7})\/(-?\d{1,7})\.png$/;

/** A 256 px PNG tile: light or a little darker by the tile's parity, with a grid line on two edges. */
function tilePng(shade) {
  const size = 256;
  const row = Buffer.alloc(1 + size * 3);
  const rows = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = x === 0 || y === 0 ? 180 : shade;
      row.fill(v, 1 + x * 3, 4 + x * 3);
    }
    rows.push(Buffer.from(row));
  }
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const TILES = [tilePng(236), tilePng(222)];

/** The tile for a request path, or undefined when the path is not a tile's. */
export function tileFor(path) {
  const match = TILE_PATH.exec(path);
  return match ? TILES[(Number(match[2]) + Number(match[3])) & 1] : undefined;
}
