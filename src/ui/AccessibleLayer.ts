/**
 * The accessible twin of the canvas (after the BBC's children's games framework): every
 * control drawn on the canvas has a real <button> laid exactly over it, whose accessible
 * name is its visible text. Mouse, touch, keyboard and screen readers all act through these
 * buttons; the canvas only draws. New lines go to an aria-live region, and screens with
 * much text (the debrief) also get a text version for screen readers.
 */

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TwinOptions {
  label: string;
  bounds: Bounds;
  onActivate: () => void;
  /** A group made with `group()`, e.g. the choices. */
  parent?: HTMLElement;
  /** Extra description read after the name (e.g. a card's summary). */
  description?: string;
  /** Render as a link that opens in a new tab (help sites). */
  href?: string;
  onHover?: (hovered: boolean) => void;
  onFocus?: (focused: boolean) => void;
}

export interface Twin {
  readonly element: HTMLElement;
  setBounds(bounds: Bounds): void;
  setLabel(label: string): void;
  setDisabled(disabled: boolean): void;
  setHidden(hidden: boolean): void;
  focus(): void;
  remove(): void;
}

export class AccessibleLayer {
  readonly root: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly live: HTMLElement;
  private readonly docs: HTMLElement;
  private readonly owned = new Map<string, Set<HTMLElement>>();

  constructor(
    private readonly host: HTMLElement,
    private readonly gameSize: { width: number; height: number },
  ) {
    this.root = document.createElement('div');
    this.root.className = 'a11y-layer';
    this.controls = document.createElement('div');
    this.controls.className = 'a11y-controls';
    this.docs = document.createElement('div');
    this.docs.className = 'visually-hidden';
    this.live = document.createElement('div');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'log');
    this.live.setAttribute('aria-label', 'Verhaal');
    this.root.append(this.docs, this.controls, this.live);
    host.append(this.root);
  }

  /** Lays the layer over the canvas; call when the canvas moves or scales. */
  fitTo(canvas: HTMLElement): void {
    const hostRect = this.host.getBoundingClientRect();
    const rect = canvas.getBoundingClientRect();
    Object.assign(this.root.style, {
      left: `${rect.left - hostRect.left}px`,
      top: `${rect.top - hostRect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
  }

  group(owner: string, label: string): HTMLElement {
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    this.controls.append(group);
    this.own(owner, group);
    return group;
  }

  button(owner: string, options: TwinOptions): Twin {
    const element = options.href ? document.createElement('a') : document.createElement('button');
    if (element instanceof HTMLAnchorElement) {
      element.href = options.href ?? '#';
      element.target = '_blank';
      element.rel = 'noopener noreferrer';
    } else {
      element.type = 'button';
    }
    element.className = 'a11y-twin';
    const name = document.createElement('span');
    name.textContent = options.label;
    element.append(name);
    if (options.description) {
      const description = document.createElement('span');
      description.className = 'visually-hidden';
      description.textContent = `. ${options.description}`;
      element.append(description);
    }
    element.addEventListener('click', (event) => {
      if (element.getAttribute('aria-disabled') === 'true') {
        event.preventDefault();
        return;
      }
      options.onActivate();
    });
    if (options.onHover) {
      const hover = options.onHover;
      element.addEventListener('pointerenter', () => hover(true));
      element.addEventListener('pointerleave', () => hover(false));
    }
    if (options.onFocus) {
      const focus = options.onFocus;
      element.addEventListener('focus', () => focus(true));
      element.addEventListener('blur', () => focus(false));
    }
    (options.parent ?? this.controls).append(element);
    this.own(owner, element);
    const twin: Twin = {
      element,
      setBounds: (b) => this.place(element, b),
      setLabel: (label) => {
        name.textContent = label;
      },
      setDisabled: (disabled) => {
        element.setAttribute('aria-disabled', String(disabled));
        element.tabIndex = disabled ? -1 : 0;
      },
      setHidden: (hidden) => {
        element.hidden = hidden;
      },
      focus: () => element.focus({ preventScroll: true }),
      remove: () => {
        element.remove();
        this.owned.get(owner)?.delete(element);
      },
    };
    twin.setBounds(options.bounds);
    return twin;
  }

  /** Says a line to screen readers (and keeps it in the readable log). */
  announce(text: string): void {
    const line = document.createElement('p');
    line.textContent = text;
    this.live.append(line);
    while (this.live.childElementCount > 30) this.live.firstElementChild?.remove();
  }

  clearLog(): void {
    this.live.replaceChildren();
  }

  /** A text version of a screen, for screen readers: headings, paragraphs and lists. */
  document(owner: string, blocks: DocBlock[]): HTMLElement {
    const section = document.createElement('section');
    for (const block of blocks) {
      if (block.kind === 'list') {
        const list = document.createElement('ol');
        for (const item of block.items) {
          const li = document.createElement('li');
          li.textContent = item;
          list.append(li);
        }
        section.append(list);
      } else {
        const el = document.createElement(block.kind === 'heading' ? `h${block.level ?? 2}` : 'p');
        el.textContent = block.text;
        section.append(el);
      }
    }
    this.docs.append(section);
    this.own(owner, section);
    return section;
  }

  /** A printable page for a scene: read by screen readers, shown only on paper. */
  report(owner: string): HTMLElement {
    const section = document.createElement('section');
    section.className = 'print-report';
    document.body.append(section);
    this.own(owner, section);
    return section;
  }

  /** Takes a scene's controls out of reach (and back) while a dialog covers it. */
  setInert(owner: string, inert: boolean): void {
    for (const element of this.owned.get(owner) ?? []) element.inert = inert;
  }

  /** Removes everything a scene put in the layer. */
  clear(owner: string): void {
    for (const element of this.owned.get(owner) ?? []) element.remove();
    this.owned.delete(owner);
  }

  private own(owner: string, element: HTMLElement): void {
    let set = this.owned.get(owner);
    if (!set) {
      set = new Set();
      this.owned.set(owner, set);
    }
    set.add(element);
  }

  private place(element: HTMLElement, b: Bounds): void {
    const { width, height } = this.gameSize;
    Object.assign(element.style, {
      left: `${(b.x / width) * 100}%`,
      top: `${(b.y / height) * 100}%`,
      width: `${(b.width / width) * 100}%`,
      height: `${(b.height / height) * 100}%`,
    });
  }
}

export type DocBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] };
