/**
 * Alternative text for images. Readers who cannot see a photo hear its description, so every image
 * needs one that says what it shows, in Vietnamese; a file name ("IMG_2024.jpg") says nothing.
 */

const FILE_NAME = /\.(?:jpe?g|png|webp|gif|svg|avif|heic|tiff?)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|pxl|photo|anh|hinh|image)[-_ ]?\d+$/i;

/** Why `alt` is not a usable description, or undefined when it is. */
export function altTextProblem(alt: string | undefined | null): string | undefined {
  const text = (alt ?? '').trim();
  if (text === '') return 'thiếu mô tả ảnh';
  if (FILE_NAME.test(text) || CAMERA_NAME.test(text))
    return `mô tả ảnh "${text}" là tên tệp, không cho người đọc biết ảnh có gì`;
  return undefined;
}

/** What a good description looks like, for error messages. */
export const ALT_TEXT_EXAMPLE = 'Chị Nguyễn Thị A đang tư vấn cho người lao động tại quầy';
