/**
 * The address of the editor's script, for its page (src/pages/quan-tri/index.astro). In a build, the
 * script is bundled apart from the pages (editor-bundle.ts) by the tdkt:editor-script integration,
 * which publishes its address here before any page is rendered; under `astro dev`, Vite serves the
 * entry module itself, so that an edit to it reloads the editor.
 */
import { isDevServer } from '../lib/dev-server';

const ADDRESS = Symbol.for('tdkt.editor-script');
const DEV_ENTRY = '/src/cms/editor.ts';

type WithAddress = typeof globalThis & { [ADDRESS]?: string };

export function publishEditorScript(address: string): void {
  (globalThis as WithAddress)[ADDRESS] = address;
}

export function editorScriptAddress(): string {
  if (isDevServer()) return DEV_ENTRY;
  const address = (globalThis as WithAddress)[ADDRESS];
  if (!address)
    throw new Error('Trang quản trị: chưa có tệp mã của trình soạn thảo (tích hợp tdkt:editor-script chưa chạy).');
  return address;
}
