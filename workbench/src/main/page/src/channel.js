// The WebSocket to the language server, as Monaco's LSP client sees it, plus what the page itself asks the server:
// requests of its own (gongkai/preview) travel on the same connection with ids the client never uses, and the
// diagnostics the server publishes are counted per document for the list of reports.
// Monaco's client sends every document URI lower-cased (and unescaped); the server, on a case-sensitive file system,
// would take /Home/年报.gongkai and /home/年报.gongkai for two reports. The URIs the page opened are put back as the
// server wrote them. It asks for quick fixes with the markers' range, message and severity only; the server's fixes
// need the diagnostic's code and data, so the diagnostics the server published are sent back whole.
export class Channel {
  constructor(inner, monacoUri) {
    this.inner = inner;
    this.monacoUri = monacoUri;
    this.uris = new Map();
    this.published = new Map();
    this.listener = undefined;
    this.pending = new Map();
    this.next = 1;
    this.diagnosticsListeners = [];
    this.messageListeners = [];
  }

  get state() {
    return this.inner.state;
  }

  /** The URI of a file as the server knows it; before its model is made (Monaco's client opens it at once). */
  remember(uri) {
    this.uris.set(this.monacoUri(uri).toString(true).toLowerCase(), uri);
  }

  send(message) {
    if (message.method === 'initialize') {
      // the page runs the server's commands itself (a register dropped on it); Xtext offers them only to a client
      // that says it can
      const capabilities = message.params.capabilities ?? {};
      const workspace = { ...capabilities.workspace, executeCommand: { dynamicRegistration: false } };
      return this.inner.send({ ...message, params: { ...message.params, capabilities: { ...capabilities, workspace } } });
    }
    const document = message.params?.textDocument;
    if (!document?.uri) return this.inner.send(message);
    const uri = this.uris.get(document.uri) ?? document.uri;
    const params = { ...message.params, textDocument: { ...document, uri } };
    if (message.method === 'textDocument/codeAction' && params.context?.diagnostics) {
      const known = this.published.get(uri.toLowerCase())?.params.diagnostics ?? [];
      const same = (a, b) => a.message === b.message && a.range.start.line === b.range.start.line
        && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line
        && a.range.end.character === b.range.end.character;
      params.context = { ...params.context, diagnostics: params.context.diagnostics.map((d) => known.find((k) => same(k, d)) ?? d) };
    }
    return this.inner.send({ ...message, params });
  }

  setListener(listener) {
    this.listener = listener;
    this.inner.setListener(listener && ((message) => {
      const own = typeof message.id === 'string' && this.pending.get(message.id);
      if (own) {
        this.pending.delete(message.id);
        if (message.error) own.reject(new Error(message.error.message));
        else own.resolve(message.result);
        return;
      }
      if (message.method === 'textDocument/publishDiagnostics') {
        this.published.set(message.params.uri.toLowerCase(), message);
        this.diagnosticsListeners.forEach((l) => l(message.params));
      }
      if (message.method === 'window/showMessage') this.messageListeners.forEach((l) => l(message.params));
      listener(message);
    }));
  }

  /**
   * Monaco's client drops the diagnostics of a document it has no model for yet (the server checks the whole folder
   * when it starts, before the page opens a report); once the page has made the model, the last ones published for
   * it are handed to the client again. Newer ones the server sends after the didOpen replace them. Whether there were
   * any.
   */
  replayDiagnostics(uri) {
    const message = this.published.get(uri.toLowerCase());
    if (message && this.listener) this.listener(message);
    return Boolean(message);
  }

  request(method, params) {
    const id = `gongkai-${this.next++}`;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.inner.send({ jsonrpc: '2.0', id, method, params }).catch(reject);
    });
  }

  /**
   * A request the server may cancel because a check of the folder began meanwhile (Xtext cancels the reads in flight
   * when the workspace changes, as just after it starts) is asked again, a few times: nothing was wrong with it.
   */
  async requestAskedAgainWhenCancelled(method, params, attempts = 5) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.request(method, params);
      } catch (error) {
        if (attempt >= attempts || !/has been cancelled/.test(error?.message ?? '')) throw error;
      }
    }
  }

  notify(method, params) {
    return this.inner.send({ jsonrpc: '2.0', method, params });
  }

  onDiagnostics(listener) {
    this.diagnosticsListeners.push(listener);
  }

  /** What the server tells the user (window/showMessage), e.g. a register's mistakes, row by row. */
  onShowMessage(listener) {
    this.messageListeners.push(listener);
  }

  toString() {
    return `gongkai(${this.inner})`;
  }
}
