// The server's /api/ (workbench/src/main/java/org/gongkai/workbench/http/ApiHandler.java), with the page's token.
const token = new URLSearchParams(location.search).get('token') ?? '';

export function address(path, params = {}) {
  const query = new URLSearchParams({ ...params, token });
  return `${path}?${query}`;
}

export function socketAddress() {
  return `ws://${location.host}${address('/lsp')}`;
}

/** The answer as JSON; a refusal throws an Error with the server's Chinese message and its status. */
export async function call(method, path, params, body) {
  const response = await fetch(address(`/api/${path}`, params), { method, body });
  const answer = await response.json().catch(() => ({ error: `服务器没有回答（${response.status}）` }));
  if (!response.ok) {
    const error = new Error(answer.error ?? `请求失败（${response.status}）`);
    error.status = response.status;
    throw error;
  }
  return answer;
}

export async function download(name, format) {
  const response = await fetch(address('/api/download', { name, to: format }));
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}));
    throw new Error(answer.error ?? `下载失败（${response.status}）`);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = match ? decodeURIComponent(match[1]) : `${name}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
