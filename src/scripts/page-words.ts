/** The build writes a status's words into the page with a placeholder ("còn {days} ngày"); scripts put the value in. */
export const fillPlaceholder = (template = '', value: string | number): string =>
  template.replace(/\{\w+\}/, String(value));
