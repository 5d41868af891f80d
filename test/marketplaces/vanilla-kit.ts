// DOM pieces for the fixture forms that are not React: an element builder, a form whose
// state changes only through input/change events and that writes its state back into the
// controls on every render (as Vue's v-model and Angular's forms do, so a value set
// without events is reverted), a cascader and an uploader behind a hidden file input.
import { emptyState } from './react-kit.js';
import type { CategoryTree, ProductFormState } from './react-kit.js';

type Child = Node | string | null | undefined | false;

/** `el('div', { class: 'x' }, child…)`. Attributes with `undefined` are left out. */
export function el(
  tag: string,
  attrs: Readonly<Record<string, string | undefined>> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

type TextKey = Exclude<keyof ProductFormState, 'photos'>;

/** A form whose state follows events and is written back to the controls on each render. */
export class BoundForm {
  readonly state: ProductFormState;
  submits = 0;
  renders = 0;
  private readonly syncers: (() => void)[] = [];
  private readonly hooks: (() => void)[] = [];
  private pending = false;

  constructor(initial: Partial<ProductFormState> = {}) {
    this.state = { ...emptyState(), ...initial };
  }

  /** Binds a text input or textarea to a state key (updated on `event`, default input). */
  bindText(
    control: HTMLInputElement | HTMLTextAreaElement,
    key: TextKey,
    event: 'input' | 'change' = 'input',
  ): typeof control {
    control.value = this.state[key];
    control.addEventListener(event, () => this.set(key, control.value));
    this.syncers.push(() => {
      if (control.value !== this.state[key]) control.value = this.state[key];
    });
    return control;
  }

  /** Binds a select (updated on change). */
  bindSelect(select: HTMLSelectElement, key: TextKey): HTMLSelectElement {
    select.value = this.state[key];
    select.addEventListener('change', () => this.set(key, select.value));
    this.syncers.push(() => {
      if (select.value !== this.state[key]) select.value = this.state[key];
    });
    return select;
  }

  /** Binds radios (updated on change). */
  bindRadios(radios: readonly HTMLInputElement[], key: TextKey): void {
    for (const radio of radios) {
      radio.checked = radio.value === this.state[key];
      radio.addEventListener('change', () => radio.checked && this.set(key, radio.value));
    }
    this.syncers.push(() => {
      for (const radio of radios) radio.checked = radio.value === this.state[key];
    });
  }

  set<K extends keyof ProductFormState>(key: K, value: ProductFormState[K]): void {
    this.state[key] = value;
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.render();
    });
  }

  /** Runs after each render (to show sections, update counters …). */
  onRender(hook: () => void): void {
    this.hooks.push(hook);
  }

  render(): void {
    this.renders++;
    for (const hook of this.hooks) hook();
    for (const sync of this.syncers) sync();
  }
}

/** A cascader like the React one: a combobox trigger and one listbox column per level. */
export function cascader(
  tree: CategoryTree,
  prefix: string,
  placeholder: string,
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  let path: string[] = [];
  const popupId = `${prefix}-popup-${Math.random().toString(36).slice(2)}`;
  const shown = el('span', { class: `${prefix}-value` });
  const trigger = el(
    'div',
    {
      role: 'combobox',
      tabindex: '0',
      'aria-haspopup': 'listbox',
      'aria-expanded': 'false',
      'aria-controls': popupId,
      class: `${prefix}-selector`,
    },
    shown,
  );
  const wrapper = el('div', { class: `${prefix}-cascader` }, trigger);
  const show = (text: string) => {
    shown.textContent = text || placeholder;
    shown.className = text ? `${prefix}-value` : `${prefix}-placeholder`;
  };
  show(value);
  let popup: HTMLElement | undefined;
  const close = () => {
    popup?.remove();
    popup = undefined;
    trigger.setAttribute('aria-expanded', 'false');
  };
  const draw = () => {
    popup?.remove();
    popup = el('div', { id: popupId, class: `${prefix}-popup` });
    let node: CategoryTree | null | undefined = tree;
    for (let level = 0; node; level++) {
      const column = el('ul', { role: 'listbox', class: `${prefix}-column` });
      for (const [name, children] of Object.entries(node)) {
        const item = el(
          'li',
          {
            role: 'option',
            'aria-selected': String(path[level] === name),
            class: `${prefix}-option`,
          },
          name,
        );
        item.addEventListener('click', () => {
          path = [...path.slice(0, level), name];
          if (children) draw();
          else {
            show(path.join(' > '));
            onChange(path.join(' > '));
            close();
          }
        });
        column.append(item);
      }
      popup.append(column);
      node = path[level] !== undefined ? node[path[level]!] : undefined;
    }
    wrapper.append(popup);
    trigger.setAttribute('aria-expanded', 'true');
  };
  trigger.addEventListener('click', () => (popup ? close() : draw()));
  trigger.addEventListener('keydown', (event) => event.key === 'Escape' && close());
  return wrapper;
}

/** Photo slots with a visible button and a hidden file input that reacts only to change. */
export function uploader(
  className: string,
  max: number,
  addText: string,
  photos: ProductFormState['photos'],
  onChange: (photos: ProductFormState['photos']) => void,
  inputAttrs: Readonly<Record<string, string>> = {},
): HTMLElement {
  const list = el('div', { class: `${className}__list` });
  const input = el('input', {
    type: 'file',
    accept: 'image/*',
    multiple: '',
    style: 'display:none',
    ...inputAttrs,
  }) as HTMLInputElement;
  const button = el('button', { type: 'button', class: `${className}__add` }, addText);
  button.addEventListener('click', () => input.click());
  let current = photos;
  const draw = () =>
    list.replaceChildren(
      ...current.map((p) =>
        el('div', { class: `${className}__item` }, el('img', { src: p.url, alt: '' })),
      ),
    );
  draw();
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])].slice(0, max - current.length);
    current = [
      ...current,
      ...files.map((f) => ({ name: f.name, url: URL.createObjectURL(f), size: f.size })),
    ];
    draw();
    onChange(current);
    input.value = '';
  });
  return el('div', { class: className }, list, button, input);
}
