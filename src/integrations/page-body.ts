/**
 * A rendered page's body, read once for every wrapper of Astro's prerenderer that needs it (the
 * incremental pages record its assets, the rendered pages hand its HTML to the search index). Reading
 * a Response consumes it, so the first reader gives Astro a copy; a wrapper handed that copy finds the
 * body already read instead of reading, decoding and copying it again (three reads and two decodes of
 * each of 12,000 pages before).
 */
export interface PageBody {
  readonly bytes: Uint8Array;
  /** The body as text, decoded on first use. */
  readonly text: string;
  /** What to give Astro in place of the response read: the same status, headers and bytes. */
  readonly response: Response;
}

const readBodies = new WeakMap<Response, PageBody>();

export async function readPageBody(response: Response): Promise<PageBody> {
  const known = readBodies.get(response);
  if (known) return known;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const copy = new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  let text: string | undefined;
  const body: PageBody = {
    bytes,
    get text() {
      return (text ??= new TextDecoder().decode(bytes));
    },
    response: copy,
  };
  readBodies.set(copy, body);
  return body;
}
