import { createHash } from 'node:crypto';

export interface AuditShard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * Sharding splits the audit into units: each account's account-wide checks (`<account>`) and each of its
 * regions (`<account>/<region>`). A unit lands in a shard by the hash of its name, so adding an account or
 * a region never moves the others.
 */
export function unitInShard(unit: string, shard: AuditShard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  return createHash('sha256').update(unit).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
