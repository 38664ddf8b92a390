/**
 * The filters of /van-ban/: shows the form the page keeps hidden without JavaScript, applies the
 * choices to the table's rows, and keeps them in the address (?loai=…&nam=…&co-quan=…), the names the
 * search page uses for the same filters.
 */
const form = document.querySelector<HTMLFormElement>('.document-filter');
if (form) {
  const selects = [...form.querySelectorAll('select')];
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.documents tbody tr')];
  const shown = form.querySelector<HTMLElement>('.shown')!;
  const params = new URLSearchParams(location.search);
  for (const select of selects) select.value = params.get(select.name) ?? '';
  const apply = () => {
    let count = 0;
    for (const row of rows) {
      row.hidden = !selects.every((select) => !select.value || row.dataset[select.dataset['field']!] === select.value);
      if (!row.hidden) count++;
    }
    shown.textContent = form.dataset['shown']!.replace('{shown}', String(count)).replace(
      '{count}',
      String(rows.length),
    );
    const next = new URLSearchParams(
      selects.filter((select) => select.value).map((select) => [select.name, select.value]),
    );
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}
