/**
 * A rendered page read once (src/integrations/page-body.ts): the response handed back to Astro gives
 * the same page, however it is read, and a second wrapper finds the body already read.
 */
import { describe, expect, it } from 'vitest';
import { readPageBody } from '../../src/integrations/page-body';

const html = '<!doctype html><html lang="vi"><body><h1>Điển hình tiên tiến năm 2024</h1></body></html>';

function rendered(): Response {
  return new Response(html, {
    status: 200,
    statusText: 'OK',
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-page': 'dien-hinh' },
  });
}

describe('a page body read once', () => {
  it('gives Astro the same bytes, status and headers, read as Astro writes a page', async () => {
    const body = await readPageBody(rendered());
    const response = body.response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-page')).toBe('dien-hinh');
    // astro/dist/core/build/generate.js: a page without a body is not written; then Buffer.from(arrayBuffer).
    expect(response.body).not.toBeNull();
    const written = Buffer.from(await response.arrayBuffer());
    expect(written.toString('utf8')).toBe(html);
    expect(body.text).toBe(html);
    expect(new TextDecoder().decode(body.bytes)).toBe(html);
  });

  it('reads the same page through every other way of reading a response', async () => {
    const { response } = await readPageBody(rendered());
    expect(await response.text()).toBe(html);
    expect(new TextDecoder().decode(await response.bytes())).toBe(html);
    expect(await new Response(response.body).text()).toBe(html);
    expect(await response.blob().then((blob) => blob.text())).toBe(html);
    expect(await response.clone().text()).toBe(html);
    const json = await readPageBody(new Response('{"nam":2024}', { headers: { 'content-type': 'application/json' } }));
    expect(await json.response.json()).toEqual({ nam: 2024 });
  });

  it('hands a second reader the body already read, not a new read', async () => {
    const first = await readPageBody(rendered());
    const second = await readPageBody(first.response);
    expect(second).toBe(first);
  });
});
