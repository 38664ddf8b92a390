/** The response that writes an attached file into the built site, as it is. */
import path from 'node:path';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
};

export function attachmentResponse(bytes: Buffer, file: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' },
  });
}
