/** The web editor's configuration, generated from the content schemas when the site is built. */
import type { APIRoute } from 'astro';
import { editorConfig } from '../../cms/config';
import { siteConfig } from '../../lib/site-config';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(editorConfig({ editor: siteConfig.editor, siteUrl: siteConfig.baseUrl })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
