// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planIdle, warningLeadMs } from '../../../renderer/idle/idleSchedule';

describe('idle auto-lock timing', () => {
  const now = Date.parse('2026-11-28T14:00:00.000Z');

  it('warns one minute before the lock', () => {
    expect(planIdle('2026-11-28T14:10:00.000Z', now, 10)).toEqual({ lockInMs: 600_000, warnInMs: 540_000, warningSeconds: 60 });
  });

  it('with an auto-lock of one minute warns halfway instead of at once', () => {
    expect(warningLeadMs(1)).toBe(30_000);
    expect(planIdle('2026-11-28T14:01:00.000Z', now, 1)).toEqual({ lockInMs: 60_000, warnInMs: 30_000, warningSeconds: 30 });
  });

  it('a deadline already passed locks at once', () => {
    expect(planIdle('2026-11-28T13:59:00.000Z', now, 10)).toEqual({ lockInMs: 0, warnInMs: 0, warningSeconds: 60 });
  });

  it('an unreadable deadline plans nothing', () => {
    expect(planIdle('geen datum', now, 10)).toBeNull();
  });
});
