// @vitest-environment jsdom
/**
 * A lazy part renders once its code is in, whenever the code arrives: before the first render,
 * after the effect asked for it, or — the race that left the notice step's documents blank in a
 * loaded CI run — between the first render and its effect (main.tsx's preload finishing first).
 */
import { h, render } from 'preact';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lazyPart } from '../../../components/sidebar/lazy-part';

function mount(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  onTestFinished(() => {
    render(null, container);
    container.remove();
  });
  return container;
}

/** Preact runs effects after a frame; a few timer turns let them and their re-render run. */
const afterEffects = () => new Promise((resolve) => setTimeout(resolve, 60));

function controlledPart() {
  let arrive!: () => void;
  const code = new Promise<void>((resolve) => (arrive = resolve));
  const Part = lazyPart<{ label: string }>(() => code.then(() => ({ label }: { label: string }) => h('p', { 'data-part': '' }, label)));
  return { Part, arrive };
}

describe('lazyPart', () => {
  it('renders when the code arrives after its effect asked for it', async () => {
    const { Part, arrive } = controlledPart();
    const container = mount();
    render(h(Part, { label: 'later' }), container);
    await afterEffects();
    expect(container.querySelector('[data-part]')).toBeNull();
    arrive();
    await afterEffects();
    expect(container.querySelector('[data-part]')?.textContent).toBe('later');
  });

  it('renders when a preload finishes between the first render and its effect', async () => {
    const { Part, arrive } = controlledPart();
    const container = mount();
    const preload = Part.load();
    render(h(Part, { label: 'raced' }), container);
    expect(container.querySelector('[data-part]')).toBeNull();
    arrive();
    await preload; // resolved before Preact has run the part's effect
    await afterEffects();
    expect(container.querySelector('[data-part]')?.textContent).toBe('raced');
  });

  it('renders at once when the code was in before the first render', async () => {
    const { Part, arrive } = controlledPart();
    arrive();
    await Part.load();
    const container = mount();
    render(h(Part, { label: 'ready' }), container);
    expect(container.querySelector('[data-part]')?.textContent).toBe('ready');
  });
});
