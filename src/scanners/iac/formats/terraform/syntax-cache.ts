import type { HclFile } from '../../parsers/hcl/ast';

export interface SyntaxCacheLimits {
  /** Characters of text whose trees are kept: a few MiB of source is tens of MiB of trees. */
  treeChars: number;
  /** Characters of text remembered as seen once (no tree kept). */
  seenChars: number;
}

const DEFAULT_LIMITS: SyntaxCacheLimits = { treeChars: 4 * 1024 * 1024, seenChars: 32 * 1024 * 1024 };

/**
 * Syntax trees of texts parsed more than once in one scan, by their exact text, so a
 * file copied into many stacks (the same `variables.tf` or `network.tf` in every
 * environment) is parsed twice at most. A tree holds no path and nothing changes it
 * after parsing, so copies share it; each copy still reports its syntax errors under
 * its own path. A tree is kept only once its text comes a second time: trees of
 * texts that never repeat would outlive their root module and cost the garbage
 * collector more than parsing saves. Both kinds of entry are dropped least recently
 * used first beyond their budget of characters; a text larger than a quarter of the
 * tree budget never keeps its tree.
 */
export class SyntaxCache {
  private readonly hcl: TextCache;
  private readonly json: TextCache;

  constructor(limits: SyntaxCacheLimits = DEFAULT_LIMITS) {
    this.hcl = new TextCache(limits);
    this.json = new TextCache(limits);
  }

  parse(text: string, json: boolean, parse: () => HclFile): HclFile {
    return (json ? this.json : this.hcl).parse(text, parse);
  }
}

class TextCache {
  private readonly trees = new Map<string, HclFile>();
  private readonly seen = new Set<string>();
  private treeChars = 0;
  private seenChars = 0;

  constructor(private readonly limits: SyntaxCacheLimits) {}

  parse(text: string, parse: () => HclFile): HclFile {
    const known = this.trees.get(text);
    if (known) {
      this.trees.delete(text);
      this.trees.set(text, known);
      return known;
    }
    const parsed = parse();
    if (!this.seen.delete(text)) {
      this.seen.add(text);
      this.seenChars += text.length;
      this.seenChars -= evict(this.seen, this.seenChars - this.limits.seenChars);
      return parsed;
    }
    this.seenChars -= text.length;
    if (text.length > this.limits.treeChars / 4) return parsed;
    this.trees.set(text, parsed);
    this.treeChars += text.length;
    this.treeChars -= evict(this.trees, this.treeChars - this.limits.treeChars);
    return parsed;
  }
}

/** Drops the oldest texts until at least `excess` characters are gone; returns how many went. */
function evict(entries: Set<string> | Map<string, unknown>, excess: number): number {
  let dropped = 0;
  for (const text of entries.keys()) {
    if (dropped >= excess) break;
    entries.delete(text);
    dropped += text.length;
  }
  return dropped;
}
