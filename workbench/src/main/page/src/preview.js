// The preview beside the editor: the report as the html format prints it, asked of the language server
// (gongkai/preview) shortly after typing stops. While the report has errors the last good rendering stays, and the
// status line says how many errors are left (a click goes to the first).
const DELAY_MS = 50;
const WAITING = '<p style="font: 15px sans-serif; color: #5b6270; padding: 2em">这份报告还有错误。改正后，这里显示印出来的样子。</p>';
const A4 = '@page { size: A4; margin: 25mm 20mm; } @media print { body { margin: 0; } }';

export class Preview {
  constructor(frame, status, goTo) {
    this.frame = frame;
    this.status = status;
    this.goTo = goTo;
    this.timer = undefined;
    this.asked = 0;
    this.shown = false;
    this.parts = [];
    this.firstError = null;
    status.addEventListener('click', () => this.firstError && this.goTo(this.firstError));
    frame.addEventListener('load', () => {
      this.followed = undefined;
      this.follow(this.line);
    });
  }

  /** Asks again after typing stops; {@code ask} returns the server's answer. */
  schedule(ask) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(ask), DELAY_MS);
  }

  async refresh(ask) {
    const asked = ++this.asked;
    let answer;
    try {
      answer = await ask();
    } catch (error) {
      // the server cancels a read when the text changes meanwhile: the newer text is asked for instead
      if (/cancel/i.test(error.message)) this.schedule(ask);
      else this.say(`预览暂不可用：${error.message}`, '');
      return;
    }
    if (asked !== this.asked || !answer) return;
    this.parts = answer.parts ?? [];
    this.firstError = answer.firstError;
    if (answer.html != null) {
      this.show(answer.html);
      this.say(answer.warnings > 0 ? `可以打印（另有 ${answer.warnings} 处警告）` : '可以打印', 'ok');
    } else if (answer.errors > 0) {
      if (!this.shown) this.frame.srcdoc = WAITING;
      this.say(`还有 ${answer.errors} 处错误，改正后才能打印和下载${this.shown ? '；预览为最近一次无错误时的样子' : ''}（点此转到第一处）`, 'errors');
    }
    this.frame.dataset.updated = String(performance.now());
    this.frame.dispatchEvent(new CustomEvent('previewed', { detail: answer }));
  }

  clear() {
    this.shown = false;
    this.frame.srcdoc = '';
    this.say('正在检查…', '');
  }

  /** Scrolls to the part written at the line (0-based) under the cursor. */
  follow(line) {
    this.line = line;
    const part = this.parts.find((p) => line >= p.startLine && line <= p.endLine);
    const document = this.frame.contentDocument;
    const element = part && document?.getElementById(part.id);
    if (element && part.id !== this.followed) {
      this.followed = part.id;
      element.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }

  print() {
    this.frame.contentWindow?.print();
  }

  get printable() {
    return this.status.classList.contains('ok');
  }

  show(html) {
    const document = this.frame.contentDocument;
    if (!this.shown || !document?.body) {
      this.shown = true;
      this.followed = undefined;
      this.frame.srcdoc = html.replace('</head>', `<style>${A4}</style></head>`);
      return;
    }
    // the body is replaced in place, so the preview keeps its scroll position (a new srcdoc would start at the top)
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceWith(document.importNode(parsed.body, true));
  }

  say(text, kind) {
    this.status.textContent = text;
    this.status.className = `preview-status ${kind}`;
  }
}
