/**
 * The components editors may use inside MDX content, and their attributes. Everything else a page
 * shows comes from the entry's fields; the body is Markdown plus these two. The Astro components
 * themselves live in src/components/content/, typed against this list so the two cannot drift.
 */

export interface ContentComponentSpec {
  /** Attribute → what it is for, in Vietnamese (the guide and error messages show it). */
  attributes: Record<string, string>;
  /** Attributes that must be present. */
  required: readonly string[];
  /** True when the component must wrap at least one Markdown image. */
  wrapsImage?: boolean;
  /** How an editor writes it, for error messages and the guide. */
  example: string;
}

export const CONTENT_COMPONENTS = {
  /** A highlighted note beside the text ("Lưu ý", "Ghi chú"). */
  Note: {
    attributes: { title: 'tiêu đề của ghi chú, không bắt buộc' },
    required: [],
    example: '<Note title="Lưu ý">Nội dung ghi chú.</Note>',
  },
  /** A photo with a caption under it; the photo itself is a Markdown image with its alt text. */
  Figure: {
    attributes: { caption: 'chú thích hiện dưới ảnh' },
    required: ['caption'],
    wrapsImage: true,
    example: '<Figure caption="Chú thích ảnh">\n\n![Mô tả ảnh bằng tiếng Việt](./anh-2.jpg)\n\n</Figure>',
  },
} as const satisfies Record<string, ContentComponentSpec>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(CONTENT_COMPONENTS, name);
}

/** "<Note>, <Figure>": the list shown when an editor uses something else. */
export const CONTENT_COMPONENT_LIST = Object.keys(CONTENT_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');
