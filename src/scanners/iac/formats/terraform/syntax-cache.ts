import type { HclFile } from '../../parsers/hcl/ast';

/** Texts up to this many characters in all keep their trees; a few MiB of source, tens of MiB of trees. */
const DEFAULT_MAX_CHARS = 4 * 1024 * 1024;

/**
 * Syntax trees of the texts parsed recently in one scan, by their exact text, so a
 * file copied into many stacks (the same `variables.tf` or `network.tf` in every
 * environment) is parsed once. A tree holds no path and nothing changes it after
 * parsing, so copies share it; each copy still reports its syntax errors under its
 * own path. The least recently used texts are dropped beyond a budget of characters,
 * and a text larger than a quarter of it is never kept.
 */
export class SyntaxCache {
  private readonly byText = { hcl: new Map<string, HclFile>(), json: new Map<string, HclFile>() };
  private chars = 0;

  constructor(private readonly maxChars = DEFAULT_MAX_CHARS) {}

  parse(text: string, json: boolean, parse: () => HclFile): HclFile {
    const entries = this.byText[json ? 'json' : 'hcl'];
    const known = entries.get(text);
    if (known) {
      entries.delete(text);
      entries.set(text, known);
      return known;
    }
    const parsed = parse();
    if (text.length > this.maxChars / 4) return parsed;
    entries.set(text, parsed);
    this.chars += text.length;
    this.evict();
    return parsed;
  }

  private evict(): void {
    for (const entries of [this.byText.hcl, this.byText.json]) {
      for (const text of entries.keys()) {
        if (this.chars <= this.maxChars) return;
        entries.delete(text);
        this.chars -= text.length;
      }
    }
  }
}
