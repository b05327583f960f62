/**
 * Whether the allocation tables of an OLE compound file (a .doc) end every sector chain. A damaged or
 * crafted table can link a chain back on itself, and word-extractor follows such a chain for ever; this
 * walks each table once (linear in its size) so such a file is refused at once instead of timing out.
 */
export function compoundFileChainsEnd(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) return false;
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return false;
  const sectorSize = 1 << shift;
  const sectors = Math.floor(bytes.length / sectorSize) - 1;
  const sectorAt = (id: number) => (id + 1) * sectorSize;
  const inFile = (id: number) => id >= 0 && id < sectors;

  // Where the FAT lives: 109 sector ids in the header, then a chain of DIFAT sectors.
  const fatCount = view.getUint32(0x2c, true);
  if (fatCount > sectors) return false;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getInt32(0x4c + i * 4, true));
  const perSector = sectorSize / 4;
  const seen = new Set<number>();
  for (let difat = view.getInt32(0x44, true); fatSectors.length < fatCount; difat = view.getInt32(sectorAt(difat) + sectorSize - 4, true)) {
    if (!inFile(difat) || seen.has(difat)) return false;
    seen.add(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(view.getInt32(sectorAt(difat) + i * 4, true));
  }
  const fat = readTable(view, fatSectors, sectorAt, sectorSize, inFile);
  if (!fat || !chainsEnd(fat)) return false;

  // The mini FAT (chains of the small streams) is itself a chain in the FAT, now known to end.
  const miniSectors: number[] = [];
  for (let id = view.getInt32(0x3c, true); id >= 0; id = fat[id]!) {
    if (id >= fat.length) return false;
    miniSectors.push(id);
  }
  const miniFat = readTable(view, miniSectors, sectorAt, sectorSize, inFile);
  return miniFat !== null && chainsEnd(miniFat);
}

function readTable(view: DataView, ids: number[], sectorAt: (id: number) => number, sectorSize: number, inFile: (id: number) => boolean): Int32Array | null {
  const table = new Int32Array((ids.length * sectorSize) / 4);
  for (const [n, id] of ids.entries()) {
    if (!inFile(id)) return null;
    for (let i = 0; i < sectorSize / 4; i++) table[n * (sectorSize / 4) + i] = view.getInt32(sectorAt(id) + i * 4, true);
  }
  return table;
}

/** Every chain reaches a terminal value (negative) within the table: a functional graph walked once, each
 * entry marked when its chain is known to end, so the work is linear however the chains are linked. */
function chainsEnd(table: Int32Array): boolean {
  const state = new Uint8Array(table.length); // 0 unseen, 1 on the current walk, 2 ends
  const walk: number[] = [];
  for (let start = 0; start < table.length; start++) {
    let id = start;
    while (id >= 0 && state[id] === 0) {
      state[id] = 1;
      walk.push(id);
      id = table[id]!;
      if (id >= table.length) return false;
    }
    if (id >= 0 && state[id] === 1) return false;
    for (const done of walk) state[done] = 2;
    walk.length = 0;
  }
  return true;
}
