// "Gongkai: Open Preview / 打开预览": the report as `gongkai generate` prints it, in a webview beside its editor,
// refreshed as it is typed — the html the language server's request `gongkai/preview` returns, the same the browser
// workbench shows. While the report has errors the last printable rendering stays, under a line saying how many
// errors stand between the text and a printable report (a click there shows the first).
import * as vscode from 'vscode';

/** What the server's `gongkai/preview` answers (server/PreviewRequest.java). */
export interface Preview {
  html: string | null;
  errors: number;
  warnings: number;
  firstError: { line: number; character: number } | null;
  parts: { id: string; startLine: number; endLine: number }[];
}

export type AskPreview = (uri: string) => Promise<Preview>;

/** How long typing must have stopped before the preview is asked for again. */
export const REFRESH_MS = 300;

/** The webview's page: the generator's html with a content policy (no script but ours), the banner and our script. */
export function page(preview: Preview, lastGood: string | undefined, nonce: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}'">`;
  const banner = preview.errors > 0
    ? `<div id="gongkai-errors" role="button" style="position:sticky;top:0;z-index:1;padding:6px 12px;background:#fdecea;color:#8a1c1c;font:14px sans-serif;cursor:pointer;border-bottom:1px solid #e0b4b4">`
      + `还有 ${preview.errors} 个错误，改正后才能打印${lastGood ? '（下面是上一次没有错误时的样子）' : ''}。点此转到第一个错误。</div>`
    : '';
  const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.getElementById('gongkai-errors')?.addEventListener('click', () => vscode.postMessage({ type: 'firstError' }));
window.addEventListener('message', (event) => {
  if (event.data?.type === 'scroll') document.getElementById(event.data.id)?.scrollIntoView({ block: 'start' });
});
</script>`;
  const html = preview.html ?? lastGood;
  if (!html) {
    return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${policy}</head><body>${banner}`
      + `<p style="font:14px sans-serif;color:#555;padding:12px">报告没有错误时，这里显示它打印出来的样子。</p>${script}</body></html>`;
  }
  const withHead = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + policy) : policy + html;
  return /<body[^>]*>/i.test(withHead)
    ? withHead.replace(/<body[^>]*>/i, (body) => body + banner).replace(/<\/body>/i, `${script}</body>`)
    : banner + withHead + script;
}

/** One preview panel, following one report. */
export class ReportPreview implements vscode.Disposable {
  private lastGood: string | undefined;
  private last: Preview | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly panel: vscode.WebviewPanel;
  /** Settles when the refresh in progress (if any) has been shown; for tests. */
  refreshed: Promise<void> = Promise.resolve();

  constructor(readonly document: vscode.TextDocument, private readonly ask: AskPreview) {
    this.panel = vscode.window.createWebviewPanel('gongkai.preview', `预览 ${document.uri.fsPath.split(/[\\/]/).pop()}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === document.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() === document.uri.toString()) this.scrollTo(event.selections[0]?.active.line);
      }),
      this.panel.webview.onDidReceiveMessage((message) => {
        if (message?.type === 'firstError') void this.showFirstError();
      }),
      this.panel.onDidDispose(() => this.dispose()),
    );
    this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_MS);
  }

  refresh(): void {
    this.timer = undefined;
    this.refreshed = this.ask(this.document.uri.toString()).then((preview) => {
      this.last = preview;
      if (preview.html) this.lastGood = preview.html;
      this.panel.webview.html = page(preview, this.lastGood, nonce());
    }, (e) => {
      this.panel.webview.html = `<!DOCTYPE html><html lang="zh-CN"><body><p>预览失败：${String(e).replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p></body></html>`;
    });
  }

  private scrollTo(line: number | undefined): void {
    const part = line === undefined ? undefined : this.last?.parts.find((p) => p.startLine <= line && line <= p.endLine);
    if (part) void this.panel.webview.postMessage({ type: 'scroll', id: part.id });
  }

  private async showFirstError(): Promise<void> {
    const at = this.last?.firstError;
    if (!at) return;
    const position = new vscode.Position(at.line, at.character);
    await vscode.window.showTextDocument(this.document, { selection: new vscode.Range(position, position) });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.splice(0).forEach((s) => s.dispose());
  }
}

function nonce(): string {
  return Array.from({ length: 24 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]).join('');
}
