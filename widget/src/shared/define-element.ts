/**
 * Defines a custom element unless the name is taken. A page that loads the bundle twice
 * (two plugins, two copies of the snippet) must not throw: the first definition wins.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
