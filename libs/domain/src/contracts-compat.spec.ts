import type { LifecyclePhase as ContractsPhase, WithheldReason as ContractsReason } from '@ex-pulse/contracts';
import { WithheldReason } from './anonymity';
import { ALL_PHASES, LifecyclePhase } from './lifecycle';

// The domain declares its own unions; they must stay identical to the contracts' ones.
// Checked by the compiler (tsc -p libs/domain/tsconfig.lib.json): a drift fails to compile.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const samePhases: Equal<LifecyclePhase, ContractsPhase> = true;
const sameReasons: Equal<WithheldReason, ContractsReason> = true;

describe('domain and contracts unions', () => {
  it('are identical (compile-time check) and ALL_PHASES covers the union', () => {
    expect(samePhases && sameReasons).toBe(true);
    const every: Record<LifecyclePhase, true> = {
      pre_start: true, onboarding: true, initial_development: true,
      ongoing_development: true, separation: true, departed: true,
    };
    expect([...ALL_PHASES].sort()).toEqual(Object.keys(every).sort());
  });
});
