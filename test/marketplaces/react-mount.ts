// Mounts a React fixture form into a container and gives the test a handle on its state.
import { createElement as h, useState } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { emptyState } from './react-kit.js';
import type { FormHandle, ProductFormState } from './react-kit.js';

/** The form's state and a setter per field; each render publishes the state to the handle. */
export function useProductForm(handle: FormHandle, initial: Partial<ProductFormState>) {
  const [state, setState] = useState<ProductFormState>(() => ({ ...emptyState(), ...initial }));
  handle.state = state;
  const set =
    <K extends keyof ProductFormState>(key: K) =>
    (value: ProductFormState[K]) =>
      setState((s) => ({ ...s, [key]: value }));
  return [state, set] as const;
}

/** A `<form>` that counts submits instead of leaving the page. */
export function CountingForm(handle: FormHandle, className: string, ...children: ReactNode[]) {
  return h(
    'form',
    {
      className,
      onSubmit: (event: { preventDefault(): void }) => {
        event.preventDefault();
        handle.submits++;
      },
    },
    ...children,
  );
}

/** Renders `app` into `container` and resolves once it is on the page. */
export async function mountReact(
  container: HTMLElement,
  app: (props: { handle: FormHandle }) => ReactNode,
): Promise<FormHandle> {
  const root = createRoot(container);
  const handle: FormHandle = {
    state: emptyState(),
    submits: 0,
    unmount: () => root.unmount(),
  };
  root.render(h(app, { handle }));
  for (let i = 0; i < 50 && !container.firstElementChild; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return handle;
}
