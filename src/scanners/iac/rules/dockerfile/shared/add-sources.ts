import { splitWords } from '../../../parsers/dockerfile-words';
import type { DockerInstruction } from '../../../formats/dockerfile/docker-stages';

/** The sources of an ADD or COPY: every argument but the destination, in either form. */
export function sources(instruction: DockerInstruction): string[] {
  const words = instruction.exec ?? splitWords(instruction.args).map((word) => word.value);
  return words.slice(0, -1);
}

export function isRemote(source: string): boolean {
  return /^(https?|git):\/\//i.test(source) || /^[\w.-]+@[\w.-]+:/.test(source);
}

/** Local archives ADD unpacks: the one thing COPY cannot do. */
export function isArchive(source: string): boolean {
  return /\.(tar|tgz|tbz2?|txz|tzst|tar\.(gz|bz2|xz|zst|lz|lzma|z))$/i.test(source);
}
