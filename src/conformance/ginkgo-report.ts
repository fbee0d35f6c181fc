/** What a conformance run found, from ginkgo's JSON report (`--json-report`). */

export interface SpecFailure {
  /** The spec's full text, as the conformance list names it ("[sig-network] DNS should …"). */
  name: string;
  state: string;
  message: string;
  /** file:line of the failure in test/e2e. */
  location?: string;
}

export interface ConformanceCounts {
  passed: number;
  failed: number;
  skipped: number;
  failures: SpecFailure[];
  /** Seconds, per spec that ran (passed or failed), by name: where the time went. */
  seconds: Record<string, number>;
}

interface GinkgoSpecReport {
  ContainerHierarchyTexts?: string[] | null;
  ContainerHierarchyLabels?: Array<string[] | null> | null;
  LeafNodeLabels?: string[] | null;
  LeafNodeText?: string;
  LeafNodeType?: string;
  State?: string;
  RunTime?: number;
  Failure?: { Message?: string; Location?: { FileName?: string; LineNumber?: number } };
}

const FAILED = new Set(['failed', 'panicked', 'interrupted', 'aborted', 'timedout']);

/** A spec of the run's set: labelled Conformance, neither Serial nor Disruptive (run.ts CONFORMANCE_LABELS). */
function inConformanceSet(spec: GinkgoSpecReport): boolean {
  const labels = new Set([...(spec.LeafNodeLabels ?? []), ...(spec.ContainerHierarchyLabels ?? []).flatMap((l) => l ?? [])]);
  return labels.has('Conformance') && !labels.has('Serial') && !labels.has('Disruptive');
}

/**
 * Counts the non-disruptive conformance specs of every suite in the report: passed, failed, and skipped (left out
 * by a focus or skip, or skipped by the spec itself). The suite's other specs are not counted. Suite nodes
 * (BeforeSuite, ReportAfterSuite…) are not specs, but a failed one is a failure.
 */
export function summarizeGinkgoReport(json: string): ConformanceCounts {
  const suites = JSON.parse(json) as Array<{ SpecReports?: GinkgoSpecReport[] | null }>;
  const out: ConformanceCounts = { passed: 0, failed: 0, skipped: 0, failures: [], seconds: {} };
  for (const suite of suites) {
    for (const spec of suite.SpecReports ?? []) {
      const name = [...(spec.ContainerHierarchyTexts ?? []), spec.LeafNodeText ?? ''].filter((t) => t !== '').join(' ') || (spec.LeafNodeType ?? '?');
      const state = spec.State ?? 'unknown';
      const isSpec = spec.LeafNodeType === 'It';
      if (isSpec && !inConformanceSet(spec) && !FAILED.has(state)) continue;
      if (FAILED.has(state)) {
        if (isSpec) out.failed++;
        const loc = spec.Failure?.Location;
        out.failures.push({
          name,
          state,
          message: (spec.Failure?.Message ?? '').trim(),
          ...(loc?.FileName ? { location: `${loc.FileName.replace(/^.*\/test\/e2e\//, 'test/e2e/')}:${loc.LineNumber ?? 0}` } : {}),
        });
      } else if (!isSpec) continue;
      else if (state === 'passed') out.passed++;
      else out.skipped++;
      if (isSpec && (state === 'passed' || FAILED.has(state))) out.seconds[name] = Math.round((spec.RunTime ?? 0) / 1e8) / 10;
    }
  }
  return out;
}

/** The closing line of a run, as the issue asks for it. */
export function summaryLine(c: Pick<ConformanceCounts, 'passed' | 'failed' | 'skipped'>): string {
  return `conformance: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}
