import 'reflect-metadata';
import { systemClock } from '../../src/main/adapters/system-clock.js';
import { createTimerAlarm } from '../../src/main/adapters/timer-alarm.js';
import type { Alarm } from '../../src/main/ports/alarm.js';
import { benchCore } from './bench-core.js';

/**
 * The idle bench's child (P5, see idle-bench.ts): the real composition root the shell builds,
 * on the data folder given as the argument, and nothing else, so its memory is the app's.
 */
/** Child mode: compose and start the core on `dataDir`, say so, then do nothing. */
const runIdleCore = async (dataDir: string): Promise<void> => {
  // The app's own alarm, watched: how many are armed, and for when (the timer is unref'd,
  // so Node's list of active resources does not show it).
  const timer = createTimerAlarm(systemClock);
  let armedAt: Date | null = null;
  let arms = 0;
  const alarm: Alarm = {
    arm(at, fire) {
      arms++;
      armedAt = at;
      timer.arm(at, fire);
    },
    cancel() {
      armedAt = null;
      timer.cancel();
    },
  };
  const core = benchCore(dataDir, { alarm });
  await core.start();
  // Asked after the window: what is armed now (timers, watches, handles).
  process.on('SIGUSR2', () => {
    const resources = process.getActiveResourcesInfo();
    const armed = armedAt === null ? null : (armedAt as Date).toISOString();
    const memory = process.memoryUsage();
    process.stdout.write(`${JSON.stringify({ resources, armed, arms, memory })}\n`);
    void core.stop().then(() => process.exit(0));
  });
  // The timers are unref'd (in the app the window and the tray keep the process): here an
  // open stdin does, which wakes nothing while nobody writes to it.
  process.stdin.resume();
  process.stdout.write('ready\n');
};

await runIdleCore(process.argv[2] ?? '');
