// The server's life cycle as a user meets it: the Restart command, and a crash the client recovers from.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, discard, openUntitled, waitForDiagnostics, withCode } from './helpers';
import { onlyServerPid } from './server-process';

const PLAN = ['---', 'type: mentoring-plan', '---', '', '## Goals', '', '### Get better at communication', '- By: 2099-03', ''].join('\n');

/** Proves a server answers: an edit that adds a wish goal must come back as a wish-goal finding. */
async function assertServerAnswers(editor: vscode.TextEditor): Promise<void> {
  const wish = waitForDiagnostics(editor.document.uri, withCode('wish-goal'), 'wish-goal after an edit');
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, "\n### Someday I'd love to run a marathon\n- By: 2099-09\n")));
  await wish;
}

describe('server life cycle', () => {
  before(activeExtension);
  afterEach(closeAllEditors);

  it('"Restart Server" brings the diagnostics back from a new server process', async () => {
    const editor = await openUntitled(PLAN);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, withCode('vague-goal'), 'vague-goal');
    const before = onlyServerPid();

    // Subscribe before restarting: stopping the client clears the findings, the new server restores them.
    const cleared = waitForDiagnostics(uri, (d) => d.length === 0, 'findings cleared by the stop');
    await vscode.commands.executeCommand('mentoringPlans.restartServer');
    await cleared;
    await waitForDiagnostics(uri, withCode('vague-goal'), 'vague-goal after the restart');

    assert.notEqual(onlyServerPid(), before, 'a new server process runs');
    await assertServerAnswers(editor);
    await discard(editor);
  });

  it('survives the server process being killed', async () => {
    const editor = await openUntitled(PLAN);
    await waitForDiagnostics(editor.document.uri, withCode('vague-goal'), 'vague-goal');
    const killed = onlyServerPid();

    process.kill(killed, 'SIGKILL');
    // The client notices the exit and starts a new server; an edit proves it is the one answering.
    await assertServerAnswers(editor);
    assert.notEqual(onlyServerPid(), killed);
    await discard(editor);
  });
});
