// A TestClient over a temporary copy of the workspace fixture, so renames and file events never touch
// committed files.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lsp-client';

export const WORKSPACE_FIXTURE = path.resolve(__dirname, '../fixtures/workspace');

/** What a code editor with hierarchical outlines, prepared renames and file watching declares. */
export const EDITOR_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
};

export class WorkspaceSession {
  readonly root: string;
  readonly client: TestClient;

  constructor(capabilities: ClientCapabilities = EDITOR_CAPABILITIES) {
    this.root = mkdtempSync(path.join(tmpdir(), 'mentoring-workspace-'));
    cpSync(WORKSPACE_FIXTURE, this.root, { recursive: true });
    this.client = new TestClient({ rootPath: this.root, capabilities });
  }

  uri(relative: string): string {
    return pathToFileURL(path.join(this.root, relative)).href;
  }

  /** The root-relative path of a URI in the workspace. */
  relative(uri: string): string {
    return decodeURIComponent(uri.slice(pathToFileURL(this.root).href.length + 1));
  }

  text(relative: string): string {
    return readFileSync(path.join(this.root, relative), 'utf8');
  }

  /** Opens a workspace file in the editor with its text on disk. */
  async open(relative: string): Promise<string> {
    const uri = this.uri(relative);
    await this.client.open(uri, this.text(relative));
    return uri;
  }

  async dispose(): Promise<void> {
    await this.client.shutdown();
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [...edits]);
}

interface RangeLike {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** "12:1-12:36" (1-based), for exact and readable assertions. */
export function at(range: RangeLike): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** A location as "path/relative/to/root 12:1-12:36". */
export function place(session: WorkspaceSession, location: { readonly uri: string; readonly range: RangeLike }): string {
  return `${session.relative(location.uri)} ${at(location.range)}`;
}
