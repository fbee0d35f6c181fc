import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeGinkgoReport, summaryLine } from './ginkgo-report.js';

const REPORT = JSON.stringify([
  {
    SuiteDescription: 'Kubernetes e2e suite',
    SpecReports: [
      { LeafNodeType: 'SynchronizedBeforeSuite', State: 'passed', RunTime: 2e9 },
      { ContainerHierarchyTexts: ['[sig-network] DNS'], LeafNodeText: 'should provide DNS for the cluster [Conformance]', LeafNodeLabels: ['Conformance'], LeafNodeType: 'It', State: 'passed', RunTime: 12_340_000_000 },
      {
        ContainerHierarchyTexts: ['[sig-node] Pods'],
        LeafNodeText: 'should be updated [Conformance]',
        LeafNodeLabels: ['Conformance', 'NodeConformance'],
        LeafNodeType: 'It',
        State: 'failed',
        RunTime: 3e9,
        Failure: { Message: 'timed out\n', Location: { FileName: '/root/go/pkg/mod/k8s.io/kubernetes@v1.37.2/test/e2e/common/node/pods.go', LineNumber: 344 } },
      },
      { ContainerHierarchyTexts: ['[sig-storage] CSI'], ContainerHierarchyLabels: [['sig-storage']], LeafNodeText: 'not conformance', LeafNodeType: 'It', State: 'skipped' },
      { ContainerHierarchyTexts: ['[sig-apps] Job'], ContainerHierarchyLabels: [['sig-apps', 'Conformance']], LeafNodeText: 'left out by the focus', LeafNodeType: 'It', State: 'skipped' },
      { ContainerHierarchyTexts: ['[sig-apps] DaemonSet'], LeafNodeLabels: ['Conformance', 'Serial'], LeafNodeText: 'serial', LeafNodeType: 'It', State: 'skipped' },
      { LeafNodeType: 'ReportAfterSuite', State: 'passed' },
    ],
  },
]);

test('a ginkgo JSON report: the non-disruptive conformance specs counted by state, failures with their place in test/e2e, times per spec', () => {
  const c = summarizeGinkgoReport(REPORT);
  assert.equal(summaryLine(c), 'conformance: 1 passed, 1 failed, 1 skipped');
  assert.deepEqual(c.failures, [{ name: '[sig-node] Pods should be updated [Conformance]', state: 'failed', message: 'timed out', location: 'test/e2e/common/node/pods.go:344' }]);
  assert.deepEqual(c.seconds, { '[sig-network] DNS should provide DNS for the cluster [Conformance]': 12.3, '[sig-node] Pods should be updated [Conformance]': 3 });
});

test('a failed suite node is a failure, not a spec', () => {
  const c = summarizeGinkgoReport(JSON.stringify([{ SpecReports: [{ LeafNodeType: 'SynchronizedBeforeSuite', State: 'failed', Failure: { Message: 'no nodes' } }] }]));
  assert.deepEqual([c.passed, c.failed, c.failures.length], [0, 0, 1]);
});
