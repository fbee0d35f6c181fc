import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listLabs } from '../lab/index.js';
import type { EventSink } from '../events.js';
import { emitter } from '../events.js';
import { conformanceImages } from './images.js';
import type { EngineName } from '../config/cluster.js';
import { labDown, labUp } from '../cluster/lab-up.js';
import { runConformance, type ConformanceResult } from './run.js';

export interface LabConformanceOptions {
  /** The lab's name ("conformance" by default); an existing lab of that name is reused and kept. */
  name?: string;
  engine?: EngineName;
  topology?: 'stacked' | 'external';
  focus?: string;
  skip?: string;
  parallel?: number;
  /** Where the reports go; a new directory under <tmpdir>/kubeha-conformance by default. */
  reportDir?: string;
  /** Keep the lab afterwards (a lab made for the run is removed by default, also when the run fails). */
  keep?: boolean;
  emit: EventSink;
  signal?: AbortSignal;
}

/**
 * `npm run conformance`: the test images built (once), a lab of 3 control planes and 2 workers behind one LB
 * with them imported on every node, the conformance suite against it, then the lab removed.
 */
export async function labConformance(options: LabConformanceOptions): Promise<ConformanceResult & { clusterFile: string; upMs: number }> {
  const emit = emitter(options.emit);
  const name = options.name ?? 'conformance';
  const images = await conformanceImages({ emit: options.emit });
  const started = Date.now();
  const made = !(await listLabs()).some((l) => l.name === name);
  try {
    const lab = await labUp({
      name,
      engine: options.engine ?? 'native',
      topology: options.topology ?? 'stacked',
      images: [...new Set(images.map((i) => i.file))],
      emit: options.emit,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const upMs = Date.now() - started;
    emit({ type: 'progress', scope: 'conformance', message: `lab ${name} is up with the test images`, elapsedMs: upMs });
    const result = await runConformance({
      kubeconfig: lab.adminKubeconfig,
      reportDir: options.reportDir ?? join(tmpdir(), 'kubeha-conformance', `${name}-${new Date().toISOString().replace(/[:.]/g, '')}`),
      ...(options.focus === undefined ? {} : { focus: options.focus }),
      ...(options.skip === undefined ? {} : { skip: options.skip }),
      ...(options.parallel === undefined ? {} : { parallel: options.parallel }),
      emit: options.emit,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { ...result, clusterFile: lab.clusterFile, upMs };
  } finally {
    if (made && !options.keep) await labDown(name, options.emit);
  }
}
