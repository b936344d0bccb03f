import { createNodeCommandRunner } from '../../../../src/main/adapters/keystores/run-command.js';

describe('node command runner', () => {
  const node = process.execPath;

  it('passes stdin, returns exit code and both outputs', async () => {
    const run = createNodeCommandRunner();
    const script =
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.log(s.trim());console.error("e");process.exit(7)})';
    expect(await run(node, ['-e', script], { stdin: 'secret\n', timeoutMs: 10_000 })).toEqual({
      code: 7,
      stdout: 'secret\n',
      stderr: 'e\n',
    });
  });

  it('kills on timeout and on too much output; reports a missing program', async () => {
    const run = createNodeCommandRunner({ maxOutputBytes: 1000 });
    expect(await run(node, ['-e', 'setInterval(()=>{},1000)'], { timeoutMs: 200 })).toMatchObject({
      code: -1,
      failure: 'timeout',
    });
    expect(
      await run(node, ['-e', 'process.stdout.write("x".repeat(100000))'], { timeoutMs: 10_000 }),
    ).toMatchObject({
      failure: 'output-too-large',
    });
    expect(await run('vigie-no-such-tool', [], { timeoutMs: 1000 })).toMatchObject({ failure: 'missing' });
  });
});
