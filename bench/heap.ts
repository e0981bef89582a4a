// heap_mb: how much the JS heap grows when the extension is activated, loads its content and
// answers 1 000 hovers spread over the generated 20 000-line Python file (the document itself
// belongs to the editor and is created before the first reading). Readings after full garbage
// collections, in a process of its own: in one that has run other measurements, the garbage
// collector keeps freeing their compiled code between readings, which can make growth negative.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import v8 from 'node:v8';
import { benchDocument, hoverFile, HOVER_FILE_LINES, productHoverProvider } from './hover';
import { gcFunction, MB, ROOT, type BenchOptions } from './harness';
import { CancellationTokenSource, Position } from './vscodeStub';

export interface HeapResult {
  heap_mb: number;
  /** The part of it present right after activate(), before the first hover. */
  heap_activation_mb: number;
  /** Hovers that returned a card (sanity: the provider did its work). */
  heap_hover_hits: number;
}

export const HEAP_HOVERS = 1_000;

function usedHeap(gc: () => void): number {
  gc();
  gc();
  return v8.getHeapStatistics().used_heap_size;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The used heap once it stops shrinking: the collector frees some things (compiled code not run
 * for a while, caches) only over several collections, which would count against a later reading.
 */
async function settledHeap(gc: () => void): Promise<number> {
  let previous = usedHeap(gc);
  for (let i = 0; i < 10; i++) {
    await settle(10);
    const now = usedHeap(gc);
    if (Math.abs(now - previous) < 64 * 1024) return now;
    previous = now;
  }
  return previous;
}

/** heapSample in a new node process. */
export async function measureHeap(options: BenchOptions = {}): Promise<HeapResult> {
  const args = ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench', 'heap.ts'), '--child', ...(options.quick ? ['--quick'] : [])];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) throw new Error(`heap child failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line) as HeapResult;
}

/**
 * The measurement itself, in this process (run as a child of measureHeap). Baseline before the
 * bundle is even loaded, so content the extension might load eagerly during activation is counted
 * too; the activation's share is reported beside.
 */
export async function heapSample(options: BenchOptions = {}): Promise<HeapResult> {
  const gc = gcFunction();
  const file = hoverFile(options.quick ? 2_000 : HOVER_FILE_LINES);
  const document = benchDocument(file);
  const hovers = options.quick ? 100 : HEAP_HOVERS;
  const step = file.hoverTargets.length / hovers;
  const targets = Array.from({ length: Math.min(hovers, file.hoverTargets.length) }, (_, i) => file.hoverTargets[Math.floor(i * step)]);
  const token = new CancellationTokenSource().token;
  const before = await settledHeap(gc);
  const product = await productHoverProvider();
  try {
    const activated = await settledHeap(gc);
    let hits = 0;
    for (const t of targets) if (await product.provider.provideHover(document, new Position(t.line, t.character), token)) hits++;
    // Let timers the extension set (debounced decorations, background loads) run before reading.
    await settle(options.quick ? 0 : 500);
    const after = await settledHeap(gc);
    return { heap_mb: (after - before) / MB, heap_activation_mb: (activated - before) / MB, heap_hover_hits: hits };
  } finally {
    await product.dispose();
  }
}

if (require.main === module && process.argv.includes('--child')) {
  heapSample({ quick: process.argv.includes('--quick') }).then(
    (result) => console.log(JSON.stringify(result)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
