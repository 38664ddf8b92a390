/** A decision's signed file, served beside its page: /khen-thuong/<tên>/<tệp>. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadYearCycle } from '../../../data/content';
import { attachmentPath } from '../../../lib/attachments';
import { attachmentResponse } from '../../../lib/attachment-response';

export const getStaticPaths = (async () => {
  const cycle = await loadYearCycle();
  return cycle.decisions.map((decision) => ({
    params: { id: decision.id, file: decision.data.file.file.replace(/^\.\//, '') },
    props: { path: attachmentPath(decision.filePath!, decision.data.file.file) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  attachmentResponse(readFileSync((props as { path: string }).path), (props as { path: string }).path);
