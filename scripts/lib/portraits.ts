/**
 * Flat drawings of people, made here so that no real person's likeness is used: the illustrative
 * profiles' photos (scripts/make-demo-photos.ts) and the generated benchmark profiles' photos
 * (scripts/generate-content.ts).
 */

export interface Portrait {
  people: number;
  /** Shoulder-length hair. */
  longHair?: boolean;
  background: [string, string];
  clothes: string;
}

function person(x: number, scale: number, clothes: string, longHair = false): string {
  const s = (n: number) => n * scale;
  const hair = s(128);
  return `<g transform="translate(${x} ${900 - s(560)})">
    ${longHair ? `<rect x="${s(-130)}" y="${s(120)}" width="${s(260)}" height="${s(190)}" rx="${s(40)}" fill="#2b2320"/>` : ''}
    <path d="M ${s(-260)} ${s(560)} C ${s(-250)} ${s(300)}, ${s(250)} ${s(300)}, ${s(260)} ${s(560)} Z" fill="${clothes}"/>
    <rect x="${s(-45)}" y="${s(200)}" width="${s(90)}" height="${s(100)}" fill="#c98b62"/>
    <ellipse cx="0" cy="${s(150)}" rx="${s(108)}" ry="${s(122)}" fill="#e0a982"/>
    <path d="M ${-hair} ${s(150)} A ${hair} ${hair} 0 0 1 ${hair} ${s(150)} Q ${s(40)} ${s(70)} ${s(-60)} ${s(95)} Q ${s(-100)} ${s(105)} ${-hair} ${s(150)} Z" fill="#2b2320"/>
  </g>`;
}

/** The portrait as a 1200×900 SVG. */
export function portraitSvg({ people, background, clothes, longHair }: Portrait): string {
  const figures =
    people === 1
      ? person(600, 1, clothes, longHair)
      : Array.from({ length: people }, (_, index) =>
          person(((index + 0.5) * 1200) / people, people > 3 ? 0.62 : 0.75, clothes, index % 2 === 1),
        ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900" viewBox="0 0 1200 900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background[0]}"/><stop offset="1" stop-color="${background[1]}"/></linearGradient></defs>
    <rect width="1200" height="900" fill="url(#g)"/>
    <circle cx="1030" cy="160" r="90" fill="#ffffff" opacity="0.35"/>
    ${figures}
  </svg>`;
}
