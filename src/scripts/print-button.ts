/**
 * Shows the "In văn bản" buttons and prints from them. The print face (Tinos, for readers without
 * Times New Roman) is used only on paper, so the browser has not fetched it yet: the button fetches
 * it first, and the browser's own print command starts fetching it, so that the page never prints in
 * a stand-in face.
 */
const printFont = () =>
  Promise.all(
    ['', 'italic ', 'bold ', 'italic bold '].map((style) => document.fonts.load(`${style}14pt Tinos`, 'Việt')),
  ).catch(() => []);

addEventListener('beforeprint', () => void printFont());

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  // The font is awaited so the print preview shows Tinos; if it fails to load, print anyway.
  button.addEventListener('click', () => void printFont().finally(print));
}
