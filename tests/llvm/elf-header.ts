// Reads the few ELF header fields the shim tests check.

export interface ElfHeader {
  is64: boolean;
  littleEndian: boolean;
  /** e_type: 1 relocatable, 2 executable. */
  type: number;
  machine: number;
  flags: number;
}

export function readElfHeader(bytes: Uint8Array): ElfHeader {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 52 || b.readUInt32BE(0) !== 0x7f454c46) throw new Error('not an ELF file');
  const is64 = b[4] === 2;
  const littleEndian = b[5] === 1;
  const u16 = (o: number) => (littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
  return { is64, littleEndian, type: u16(16), machine: u16(18), flags: u32(is64 ? 48 : 36) };
}
