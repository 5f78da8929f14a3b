/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace UUID and a name), so an exported item's identifier is a
 * pure function of what it is and where it sits, never of the clock or a random source. SHA-1 is Node's: the
 * server and the CLI run on Node, and the core stays free of file and network access.
 */
import * as crypto from 'node:crypto';

/**
 * The namespace of every identifier this extension exports (itself the v5 UUID of the name
 * "https://github.com/nsx-tools/nsx-framework-editor/export" in the RFC's URL namespace). Changing it changes every
 * exported identifier, so it never changes.
 */
export const EXPORT_NAMESPACE = 'c00408d0-a051-5344-a934-832ece30df1d';

const HEX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const namespaces = new Map<string, Buffer>();

function namespaceBytes(namespace: string): Buffer {
  let bytes = namespaces.get(namespace);
  if (!bytes) {
    const ns = namespace.toLowerCase();
    if (!HEX_UUID.test(ns)) throw new Error(`Not a UUID: ${namespace}`);
    bytes = Buffer.from(ns.replace(/-/g, ''), 'hex');
    namespaces.set(namespace, bytes);
  }
  return bytes;
}

/** The RFC 9562 version-5 UUID of `name` (UTF-8) in `namespace` (a UUID in its usual 8-4-4-4-12 hex form). */
export function uuidV5(name: string, namespace: string = EXPORT_NAMESPACE): string {
  const hash = sha1(namespaceBytes(namespace), name);
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // the RFC's variant
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// An export makes a UUID per item and association (tens of thousands for a large framework), so short names are
// hashed from one reused buffer with Node's one-shot hash where it has one (Node 20.12 and later).
const oneShot: ((algorithm: string, data: Buffer, encoding: 'buffer') => Buffer) | undefined =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (crypto as unknown as { hash: (a: string, d: Buffer, e: 'buffer') => Buffer }).hash
    : undefined;
const message = Buffer.alloc(1024);

function sha1(namespace: Buffer, name: string): Buffer {
  // At most 3 UTF-8 bytes per UTF-16 unit, so such a name always fits.
  if (oneShot && 16 + name.length * 3 <= message.length) {
    namespace.copy(message, 0);
    const length = message.write(name, 16, 'utf8');
    return oneShot('sha1', message.subarray(0, 16 + length), 'buffer');
  }
  return crypto.createHash('sha1').update(namespace).update(name, 'utf8').digest();
}
