/**
 * The field at the top of every form that runs the build's checks before a save (registered in
 * editor.ts, added to every collection by config.ts). It holds no value, so it writes nothing.
 */
export const CHECK_FIELD_TYPE = 'kiem-tra';

export function checkField(collection: string) {
  return {
    name: 'kiemTraTruocKhiLuu',
    label: 'Kiểm tra trước khi lưu',
    widget: CHECK_FIELD_TYPE,
    required: false,
    check_collection: collection,
    hint: 'Những lỗi mà trang sẽ từ chối khi xây dựng, với đúng lời báo của nó. Còn lỗi thì bấm Lưu sẽ không lưu và hiện lại danh sách này.',
  };
}
