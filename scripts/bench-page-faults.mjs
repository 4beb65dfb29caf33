// The bench's second yardstick: what a first touch of memory costs on this machine. A scan takes tens
// of thousands of page faults (one per 4 KiB page it touches for the first time), and on some virtual
// machines each costs 10–15 µs, varying from day to day more than tree-sitter's parse does.
//
//   node scripts/bench-page-faults.mjs    # prints one line of JSON: faults, seconds, microsecondsPerFault
//
// Fresh memory from the system (a large unzeroed buffer is mapped, not taken from the heap) is touched
// once per page; the kernel's own count of faults says how many the touches took.
const MiB = 1024 * 1024;
const PAGE = 4096;
const BYTES = 64 * MiB;

const faultsBefore = process.resourceUsage().minorPageFault;
const started = process.hrtime.bigint();
const memory = Buffer.allocUnsafeSlow(BYTES);
for (let offset = 0; offset < BYTES; offset += PAGE) memory[offset] = 1;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const faults = process.resourceUsage().minorPageFault - faultsBefore;
process.stdout.write(
  `${JSON.stringify({ faults, seconds, microsecondsPerFault: faults > 0 ? (seconds * 1e6) / faults : null })}\n`,
);
