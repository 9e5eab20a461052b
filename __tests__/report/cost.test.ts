import { costLines, taskMonthly, taskSizeOf } from '../../src/report/cost';
import { PRICES } from '../../src/report/prices';
import { planMarkdown, summaryMarkdown } from '../../src/report/summary';
import { runResult } from '../fixtures/run-result';

const X86 = { cpu: 256, memoryMiB: 512, architecture: 'X86_64' as const };

test('the size of a task definition: task-level cpu and memory, X86_64 unless it says ARM64', () => {
  expect(taskSizeOf({ cpu: '256', memory: '512' })).toEqual(X86);
  expect(taskSizeOf({ cpu: '1024', memory: '2048', runtimePlatform: { cpuArchitecture: 'ARM64' } })).toEqual({
    cpu: 1024,
    memoryMiB: 2048,
    architecture: 'ARM64',
  });
  expect(taskSizeOf({ cpu: '256' })).toBeUndefined();
  expect(taskSizeOf({ cpu: '1 vCPU', memory: '512' })).toBeUndefined();
  expect(taskSizeOf(undefined)).toBeUndefined();
});

test('a month of one task: vCPU-hours and GB-hours at the region and architecture price, 730 hours', () => {
  const us = PRICES['us-east-1'];
  // 0.25 vCPU × 0.04048 + 0.5 GB × 0.004445 = 0.0123425 $/h; × 730 = 9.010025
  expect(taskMonthly(us, X86)).toBeCloseTo(9.010025, 6);
  // 1 vCPU × 0.03238 + 2 GB × 0.00356 = 0.0395 $/h; × 730 = 28.835
  expect(taskMonthly(us, { cpu: 1024, memoryMiB: 2048, architecture: 'ARM64' })).toBeCloseTo(28.835, 6);
});

test('the cost line: tasks at the desired count, the load balancer hours without LCUs, the date of the prices', () => {
  const [line] = costLines('us-east-1', { size: X86, desiredCount: 2, loadBalancer: true });
  expect(line).toContain('$18.02/month for 2 tasks of 0.25 vCPU, 0.5 GB, Linux/x86 on Fargate in us-east-1');
  // 0.0225 × 730 = 16.425
  expect(line).toContain("$16.43/month for the load balancer's hours (LCUs not included");
  expect(line).toMatch(/On-Demand prices read on \d{4}-\d{2}-\d{2}\./);
  expect(costLines('us-east-1', { size: X86, desiredCount: 1, loadBalancer: false })[0]).not.toContain(
    'load balancer',
  );
});

test('what this deploy changed: cpu 256→512 on one task is +$7.39/month', () => {
  const lines = costLines('us-east-1', {
    size: { ...X86, cpu: 512 },
    previousSize: X86,
    desiredCount: 1,
    previousDesiredCount: 1,
    loadBalancer: true,
  });
  // 0.25 vCPU × 0.04048 × 730 = 7.3876
  expect(lines[1]).toBe('This deploy: cpu 256→512: +$7.39/month.');
});

test('scaling in and moving to ARM lower the cost, said with a minus sign', () => {
  const lines = costLines('us-east-1', {
    size: { ...X86, architecture: 'ARM64' },
    previousSize: X86,
    desiredCount: 1,
    previousDesiredCount: 3,
    loadBalancer: false,
  });
  // before 3 × 9.010025 = 27.030075; after 0.25 × 0.03238 + 0.5 × 0.00356 = 0.009875 × 730 = 7.20875
  expect(lines[1]).toBe('This deploy: Linux/x86→Linux/ARM, tasks 3→1: -$19.82/month.');
});

test('nothing changed, or the count unknown: no change line; the count unknown: a price per task', () => {
  expect(
    costLines('us-east-1', {
      size: X86,
      previousSize: X86,
      desiredCount: 1,
      previousDesiredCount: 1,
      loadBalancer: false,
    }),
  ).toHaveLength(1);
  const [line] = costLines('us-east-1', { size: X86, loadBalancer: false });
  expect(line).toContain('$9.01/month per task (0.25 vCPU, 0.5 GB, Linux/x86)');
});

test('a region without prices in the table says so instead of guessing; no size, no line', () => {
  expect(costLines('ap-south-2', { size: X86, desiredCount: 1, loadBalancer: true })).toEqual([
    'Cost: price unknown for region ap-south-2 (src/report/prices.ts has no row for it).',
  ]);
  expect(costLines('us-east-1', { loadBalancer: true })).toEqual([]);
});

test('the summary and the plan carry the cost line', () => {
  const r = runResult({
    outcome: 'planned',
    footprint: {
      size: { ...X86, cpu: 512 },
      previousSize: X86,
      desiredCount: 1,
      previousDesiredCount: 1,
      loadBalancer: true,
    },
  });
  expect(planMarkdown(r)).toContain('This deploy: cpu 256→512: +$7.39/month.');
  expect(summaryMarkdown({ ...r, outcome: 'deployed' })).toContain('Cost: about $16.40/month for 1 task');
});
