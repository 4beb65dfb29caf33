import { createHash } from 'node:crypto';
import { UserError } from '../core/errors';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 256) {
    throw new UserError(
      `shard "${text}" is not valid`,
      'Write it as i/n with 1 <= i <= n <= 256, for example "2/4" for the second of four matrix jobs.',
    );
  }
  return { index, count };
}

/**
 * Files are sharded by their folder, not one by one, so that the files that only
 * make sense together (a Terraform module, a namespace's manifests and its
 * NetworkPolicy) land in the same shard. Hashing the folder name keeps a folder in
 * its shard when other folders are added or removed.
 */
export function inShard(relativePath: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const slash = relativePath.lastIndexOf('/');
  const folder = slash === -1 ? '.' : relativePath.slice(0, slash);
  const bucket = createHash('sha256').update(folder).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
