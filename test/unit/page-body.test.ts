/**
 * A rendered page read once (src/integrations/page-body.ts): the response handed back to Astro gives
 * the same page, however it is read, and a second wrapper finds the body already read.
 */
import { describe, expect, it } from 'vitest';
import { astroAssetsOf } from '../../src/integrations/incremental-pages';
import { bodyHolds, readPageBody } from '../../src/integrations/page-body';

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

describe('what is looked for in a page body without decoding it', () => {
  it('finds an ASCII text in the bytes, and only where it is', async () => {
    const body = await readPageBody(rendered());
    expect(bodyHolds(body, '<h1>')).toBe(true);
    expect(bodyHolds(body, 'data-pagefind-body')).toBe(false);
  });

  it("lists the page's files of /_astro/, Vietnamese names included", async () => {
    // "à" is the bytes C3 A0; A0 alone reads as a no-break space, which must not end a name.
    const page =
      '<link rel="stylesheet" href="/_astro/BaseLayout.DaY9.css"><img src="/_astro/b%C3%A0-nguy%E1%BB%85n.Ab12.webp" ' +
      'srcset="/_astro/bà-hà.Cd34.webp 360w, /_astro/bà-hà.Ef56.webp?v=2 720w"><a href="/_astro/">thư mục</a>';
    const body = await readPageBody(new Response(page, { headers: { 'content-type': 'text/html' } }));
    expect(astroAssetsOf(body)).toEqual([
      '_astro/BaseLayout.DaY9.css',
      '_astro/bà-nguyễn.Ab12.webp',
      '_astro/bà-hà.Cd34.webp',
      '_astro/bà-hà.Ef56.webp',
    ]);
  });
});
