/** A plan's attached files (the signed original, annexes), served beside its page: /ke-hoach/<tên>/<tệp>. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../data/content';
import { attachmentPath } from '../../../lib/attachments';
import { attachmentResponse } from '../../../lib/attachment-response';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.plans.flatMap((plan) =>
    plan.data.attachments.map((attachment) => ({
      params: { id: plan.id, file: attachment.file.replace(/^\.\//, '') },
      props: { path: attachmentPath(plan.filePath!, attachment.file) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  attachmentResponse(readFileSync((props as { path: string }).path), (props as { path: string }).path);
