import { slugifyVietnamese } from './vietnamese-text';

/**
 * The id (and address) of an entry from its file path: the file name without extension, or the
 * folder name for `<name>/index.mdx`. Folders above it only organise files, so
 * `2024/ke-hoach-a.mdx` is `ke-hoach-a`; accents in file names are folded ("Đợt 1.yaml" → "dot-1").
 */
export function entryIdFromPath(filePath: string): string {
  const segments = filePath.replace(/\\/g, '/').split('/');
  const fileName = segments.pop() ?? '';
  const stem = fileName.replace(/\.[^.]+$/, '');
  const name = stem === 'index' && segments.length > 0 ? segments[segments.length - 1]! : stem;
  return slugifyVietnamese(name);
}

/** Why two files of one collection cannot both exist: they would have the same address. */
export function duplicateIdMessage(id: string, otherFile: string): string {
  return `trùng tên với tệp ${otherFile}: sau khi bỏ dấu, cả hai đều thành "${id}" nên sẽ có cùng một địa chỉ trang — hãy đổi tên một trong hai tệp (hoặc xóa bản thừa)`;
}
